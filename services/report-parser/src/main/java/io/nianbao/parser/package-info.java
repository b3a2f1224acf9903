/**
 * Reads annual report files into the canonical model ({@code io.nianbao.model.Report}).
 * <p>
 * Entry point: {@link io.nianbao.parser.ReportParser#parse(String, byte[])}. Each format reader
 * ({@code io.nianbao.parser.read}) turns a file into an {@code Intermediate} (paragraphs and table grids with cell
 * provenance); one shared extractor ({@code io.nianbao.parser.extract}) finds the headings, the sections and the
 * three tables in it.
 */
package io.nianbao.parser;
