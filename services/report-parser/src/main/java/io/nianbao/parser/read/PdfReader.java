package io.nianbao.parser.read;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads PDF text by position (PDFBox): each printed line becomes a row; words separated by a wide gap become
 * separate cells, so table rows keep their columns. Provenance is {@code page P x=X y=Y} (points from the top
 * left). A PDF without any text is reported as a scan; an encrypted one as encrypted.
 */
public final class PdfReader implements FormatReader {

    private static final int MAX_PAGES = 300;

    @Override
    public Intermediate read(byte[] bytes) throws UnreadableException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.getNumberOfPages() == 0) {
                throw new UnreadableException("PDF 没有页面 / the PDF has no pages");
            }
            Collector collector = new Collector();
            collector.setSortByPosition(true);
            collector.setStartPage(1);
            collector.setEndPage(Math.min(doc.getNumberOfPages(), MAX_PAGES));
            collector.writeText(doc, new StringWriter());
            collector.endLine();
            return new Intermediate(collector.rows, null);
        } catch (InvalidPasswordException e) {
            throw new UnreadableException("PDF 已加密 / encrypted PDF", e);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableException("PDF 文件已损坏 / corrupt PDF", e);
        }
    }

    /** Collects words with positions and groups them into rows and cells. */
    private static final class Collector extends PDFTextStripper {
        private final List<Row> rows = new ArrayList<>();
        private final List<Word> line = new ArrayList<>();

        private record Word(String text, float x, float endX, float y, float charWidth) {
        }

        Collector() throws IOException {
            super();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty() || text.isBlank()) {
                return;
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            float width = 0;
            for (TextPosition p : positions) {
                width += p.getWidthDirAdj();
            }
            line.add(new Word(text, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                    first.getYDirAdj(), Math.max(1f, width / positions.size())));
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void writeWordSeparator() {
            // words are kept apart in writeString; gaps are judged by position in endLine
        }

        @Override
        protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            endLine();
            super.endPage(page);
        }

        void endLine() {
            if (line.isEmpty()) {
                return;
            }
            int page = getCurrentPageNo();
            List<Cell> cells = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            Word start = null;
            Word prev = null;
            for (Word w : line) {
                if (prev != null && w.x() - prev.endX() > 1.5f * Math.max(prev.charWidth(), w.charWidth())) {
                    cells.add(cell(text.toString(), start, page));
                    text.setLength(0);
                    start = null;
                } else if (prev != null && w.x() - prev.endX() > 0.2f * prev.charWidth()) {
                    text.append(' ');
                }
                if (start == null) {
                    start = w;
                }
                text.append(w.text());
                prev = w;
            }
            cells.add(cell(text.toString(), start, page));
            line.clear();
            if (cells.size() == 1) {
                rows.add(Row.paragraph(cells.get(0).text(), cells.get(0).where()));
            } else {
                rows.add(Row.cells(cells, 0));
            }
        }

        private static Cell cell(String text, Word start, int page) {
            return new Cell(text.strip(), "page " + page + " x=" + Math.round(start.x()) + " y=" + Math.round(start.y()));
        }
    }
}
