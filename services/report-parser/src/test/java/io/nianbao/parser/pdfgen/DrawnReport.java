package io.nianbao.parser.pdfgen;

import java.nio.file.Path;

/** Placeholder: the PDFBox-drawn fixtures. */
final class DrawnReport {

    private DrawnReport() {
    }

    static void write(Path dir) {
    }
}
