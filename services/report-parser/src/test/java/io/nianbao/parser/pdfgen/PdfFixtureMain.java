package io.nianbao.parser.pdfgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Makes the PDF fixtures of {@code PdfTablesTest} (run by hand, never by the tests; the PDFs are committed so the
 * build needs neither LibreOffice nor system fonts; {@code fixtures/pdf/README.md} gives the command). The
 * LibreOffice fixtures are written as .fodt next to the PDFs and exported with
 * {@code soffice --headless --convert-to pdf}, as an agency exports its Word file; the drawn fixtures need a
 * TrueType CJK font (Debian's fonts-wqy-microhei) that PDFBox embeds as a subset.
 */
public final class PdfFixtureMain {

    private PdfFixtureMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "services/report-parser/src/test/resources/fixtures/pdf");
        Files.createDirectories(dir);
        if (Boolean.getBoolean("skip.office")) {
            DrawnReport.write(dir);
            return;
        }
        office(dir, "ruled-narrow-2024", new OdfReport(FixtureReport.ruled(),
                new OdfReport.Style(true, true, "center", 1.1, 0.05)));
        office(dir, "borderless-narrow-2023", new OdfReport(FixtureReport.borderless(),
                new OdfReport.Style(false, false, "end", 0.9, 0.0)));
        DrawnReport.write(dir);
    }

    private static void office(Path dir, String name, OdfReport report) throws IOException, InterruptedException {
        Path fodt = dir.resolve(name + ".fodt");
        Files.writeString(fodt, report.xml(), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("soffice", "--headless", "--convert-to", "pdf", "--outdir",
                dir.toString(), fodt.toString()).inheritIO().start();
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("soffice failed on " + fodt);
        }
    }
}
