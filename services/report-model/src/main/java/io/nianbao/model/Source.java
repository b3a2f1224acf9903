package io.nianbao.model;

/** Where a report came from: file name, detected format and text encoding, and the SHA-256 of the bytes. */
public record Source(String fileName, String format, String encoding, String sha256) {
}
