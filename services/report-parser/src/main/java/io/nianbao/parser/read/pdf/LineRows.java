package io.nianbao.parser.read.pdf;

import io.nianbao.parser.read.Cell;
import io.nianbao.parser.read.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows for the printed lines outside drawn tables, one row per line. A line is split into cells by whitespace
 * ({@link Chunks}); a line of a table printed without borders (a label, then values) gets one cell per value column
 * of its table instead, the columns found from all the table's lines ({@link ColumnModel}), so values that touch are
 * cut apart and a blank cell stays an empty cell in its own column.
 */
final class LineRows {

    /** Header lines above a table's first data line that may show its columns. */
    private static final int MAX_HEADER_LINES = 8;

    private LineRows() {
    }

    /** A line read for tables: where its trailing values start (word index; {@code words} size when none). */
    private record Line(TextLine text, int valueStart, boolean data) {

        List<Glyph> valueGlyphs() {
            List<Glyph> out = new ArrayList<>();
            for (Word w : text.words().subList(valueStart, text.words().size())) {
                out.addAll(w.glyphs());
            }
            return out;
        }

        float valueLeft() {
            return text.words().get(valueStart).x0();
        }

        float valueRight() {
            return text.x1();
        }

        float labelRight() {
            return valueStart == 0 ? -Float.MAX_VALUE : text.words().get(valueStart - 1).x1();
        }
    }

    /** One row per line, in the order of the lines. */
    static List<Row> rows(List<TextLine> lines, int page) {
        List<Line> read = new ArrayList<>();
        for (TextLine t : lines) {
            read.add(read(t, page));
        }
        Row[] out = new Row[lines.size()];
        int i = 0;
        while (i < read.size()) {
            if (!read.get(i).data()) {
                i++;
                continue;
            }
            int end = blockEnd(read, i);
            table(read, i, end, page, out);
            i = end;
        }
        for (int k = 0; k < out.length; k++) {
            if (out[k] == null) {
                out[k] = plain(read.get(k).text(), page);
            }
        }
        return List.of(out);
    }

    private static Line read(TextLine t, int page) {
        List<Word> words = t.words();
        int start = words.size();
        while (start > 0 && ValueText.isValue(words.get(start - 1).text())) {
            start--;
        }
        boolean data = start < words.size() && Chunks.cells(words, page).size() >= 2;
        return new Line(t, start, data);
    }

    /**
     * The end (exclusive) of the table whose first data line is {@code from}: later data lines whose values cover
     * the same stretch of the page, with only label text (a wrapped label) between them.
     */
    private static int blockEnd(List<Line> lines, int from) {
        float left = lines.get(from).valueLeft();
        float right = lines.get(from).valueRight();
        int end = from + 1;
        for (int i = from + 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.data()) {
                float overlap = Math.min(right, l.valueRight()) - Math.max(left, l.valueLeft());
                float smaller = Math.min(right - left, l.valueRight() - l.valueLeft());
                if (overlap < 0.5f * Math.max(1f, smaller)) {
                    break;
                }
                left = Math.min(left, l.valueLeft());
                right = Math.max(right, l.valueRight());
                end = i + 1;
            } else if (l.text().x1() >= left - 2f) {
                break;
            }
        }
        return end;
    }

    private static void table(List<Line> lines, int from, int to, int page, Row[] out) {
        float labelRight = -Float.MAX_VALUE;
        float valueLeft = Float.MAX_VALUE;
        float valueRight = -Float.MAX_VALUE;
        List<List<Glyph>> values = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Line l = lines.get(i);
            if (l.data()) {
                values.add(l.valueGlyphs());
                labelRight = Math.max(labelRight, l.labelRight());
                valueLeft = Math.min(valueLeft, l.valueLeft());
                valueRight = Math.max(valueRight, l.valueRight());
            }
        }
        List<List<Glyph>> headers = new ArrayList<>();
        for (int i = from - 1; i >= 0 && i >= from - MAX_HEADER_LINES; i--) {
            Line l = lines.get(i);
            if (l.data() || !header(l, page, labelRight, valueLeft, valueRight)) {
                break;
            }
            List<Glyph> inValueArea = new ArrayList<>();
            for (Word w : l.text().words()) {
                if (w.x0() > labelRight + 1f) {
                    inValueArea.addAll(w.glyphs());
                }
            }
            headers.add(inValueArea);
        }
        ColumnModel columns = ColumnModel.of(values, headers);
        for (int i = from; i < to; i++) {
            Line l = lines.get(i);
            if (l.data()) {
                out[i] = dataRow(l, columns, page);
            }
        }
    }

    /**
     * Whether a line above a table can be one of its header lines: not running from the label area into the value
     * area, not a sentence, not one wide block of text (a heading or a paragraph).
     */
    private static boolean header(Line l, int page, float labelRight, float valueLeft, float valueRight) {
        TextLine line = l.text();
        for (Word w : line.words()) {
            if (w.x0() < labelRight - 2f && w.x1() > valueLeft + 2f) {
                return false;
            }
        }
        String text = line.text().strip();
        if (text.endsWith("。")) {
            return false;
        }
        return Chunks.cells(line.words(), page).size() > 1 || line.x1() - line.x0() <= 0.4f * (valueRight - valueLeft);
    }

    private static Row dataRow(Line l, ColumnModel columns, int page) {
        List<Cell> cells = new ArrayList<>(Chunks.cells(l.text().words().subList(0, l.valueStart()), page));
        List<List<Glyph>> perColumn = columns.assign(l.valueGlyphs());
        for (int c = 0; c < perColumn.size(); c++) {
            List<Glyph> glyphs = perColumn.get(c);
            if (glyphs.isEmpty()) {
                cells.add(new Cell("", RuledGrid.where(page, columns.left(c), l.text().base())));
            } else {
                cells.add(new Cell(CellText.lineText(glyphs), RuledGrid.where(page, glyphs.get(0).x0(),
                        glyphs.get(0).base())));
            }
        }
        return Row.cells(cells, 0);
    }

    private static Row plain(TextLine line, int page) {
        List<Cell> cells = Chunks.cells(line.words(), page);
        return cells.size() == 1 ? Row.paragraph(cells.get(0).text(), cells.get(0).where()) : Row.cells(cells, 0);
    }
}
