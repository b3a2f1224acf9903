/**
 * A test corpus of annual reports with known truth: {@link io.nianbao.corpus.CorpusGenerator} draws canonical
 * reports (seeded, reproducible) and injects errors whose rule ids are known ({@link io.nianbao.corpus.Injection});
 * {@link io.nianbao.corpus.Renderer} writes them in every layout the parser reads, dressed by a
 * {@link io.nianbao.corpus.Variation} the way real reports are (web page chrome, blank cells, Traditional labels,
 * inline group labels, two-row headers, Table 2 as small tables …); {@link io.nianbao.corpus.Patterns} names the
 * patterns a case exercises so that accuracy can be tallied per pattern; {@link
 * io.nianbao.corpus.CommittedCorpus} holds the Word/PDF files made once by LibreOffice.
 */
package io.nianbao.corpus;
