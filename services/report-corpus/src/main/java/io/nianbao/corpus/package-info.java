/**
 * A test corpus of annual reports with known truth: {@link io.nianbao.corpus.CorpusGenerator} draws canonical
 * reports (seeded, reproducible) and injects errors whose rule ids are known ({@link io.nianbao.corpus.Injection});
 * {@link io.nianbao.corpus.Renderer} writes them in every layout the parser reads; {@link
 * io.nianbao.corpus.CommittedCorpus} holds the Word/PDF files made once by LibreOffice.
 */
package io.nianbao.corpus;
