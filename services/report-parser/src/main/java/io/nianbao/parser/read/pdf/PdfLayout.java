package io.nianbao.parser.read.pdf;

import io.nianbao.parser.read.Row;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PDF's text by geometry: glyph boxes and ruling lines per page, tables cut into their cells where their
 * borders (or, without borders, their aligned columns) are, other text one row per printed line, running headers
 * and footers left out.
 */
public final class PdfLayout {

    private PdfLayout() {
    }

    /** The rows of pages 1..{@code maxPages} in reading order. */
    public static List<Row> rows(PDDocument doc, int maxPages) throws IOException {
        TextCollector collector = new TextCollector();
        collector.setStartPage(1);
        collector.setEndPage(Math.min(doc.getNumberOfPages(), maxPages));
        collector.writeText(doc, new StringWriter());
        int[] tables = {0};
        List<List<PageLayout.Placed>> pages = new ArrayList<>();
        for (PageText page : collector.pages()) {
            pages.add(new ArrayList<>(layout(page, tables)));
        }
        PageChrome.strip(pages);
        List<Row> rows = new ArrayList<>();
        for (List<PageLayout.Placed> page : pages) {
            page.forEach(p -> rows.addAll(p.rows()));
        }
        return rows;
    }

    /**
     * A page by geometry; should an odd page defeat it (a bug, degenerate coordinates), its printed lines as
     * whitespace-split rows, so one page never costs the whole document.
     */
    private static List<PageLayout.Placed> layout(PageText page, int[] tables) {
        try {
            return PageLayout.layout(page, tables);
        } catch (RuntimeException e) {
            List<PageLayout.Placed> plain = new ArrayList<>();
            for (TextLine line : page.lines()) {
                List<io.nianbao.parser.read.Cell> cells = Chunks.cells(line.words(), page.number());
                Row row = cells.size() == 1 ? Row.paragraph(cells.get(0).text(), cells.get(0).where())
                        : Row.cells(cells, 0);
                plain.add(new PageLayout.Placed(line.base(), List.of(row), line));
            }
            return plain;
        }
    }
}
