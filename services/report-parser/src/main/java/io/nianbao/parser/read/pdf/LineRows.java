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
    /**
     * Lines of one cell (a wrapped header or label) stand at most this many font sizes apart; a label-only line
     * further from the header above and the row below is a body row whose value cells are all blank, not a header.
     */
    private static final float WRAP = 1.6f;
    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile(
            "^(#|[一二三四五六七八九十]+\\s*[、.．]|第[一二三四五六七八九十0-9]+部分)");

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

    /** One row per line, in the order of the lines; null for a header line merged into the header row above it. */
    static List<Row> rows(List<TextLine> lines, int page) {
        List<Line> read = new ArrayList<>();
        for (TextLine t : lines) {
            read.add(read(t, page));
        }
        Row[] out = new Row[lines.size()];
        boolean[] dropped = new boolean[lines.size()];
        int i = 0;
        while (i < read.size()) {
            if (!read.get(i).data()) {
                i++;
                continue;
            }
            int end = blockEnd(read, i);
            table(read, i, end, page, out, dropped);
            i = end;
        }
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < out.length; k++) {
            rows.add(dropped[k] ? null : out[k] != null ? out[k] : plain(read.get(k).text(), page));
        }
        return rows;
    }

    private static Line read(TextLine t, int page) {
        List<Word> words = t.words();
        int start = words.size();
        while (start > 0 && ValueText.isValue(words.get(start - 1).text())) {
            start--;
        }
        boolean onlyValues = start == 0 && words.size() >= 2 && !PageChrome.pageNumber(t.text())
                && words.stream().anyMatch(w -> ValueText.isNumber(w.text()));
        boolean data = start < words.size() && (onlyValues || Chunks.cells(words, page).size() >= 2);
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

    private static void table(List<Line> lines, int from, int to, int page, Row[] out, boolean[] dropped) {
        float labelRight = -Float.MAX_VALUE;
        float valueLeft = Float.MAX_VALUE;
        float valueRight = -Float.MAX_VALUE;
        float size = 0;
        List<List<Glyph>> values = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Line l = lines.get(i);
            if (l.data()) {
                values.add(l.valueGlyphs());
                labelRight = Math.max(labelRight, l.labelRight());
                valueLeft = Math.min(valueLeft, l.valueLeft());
                valueRight = Math.max(valueRight, l.valueRight());
                size = Math.max(size, l.valueGlyphs().get(0).size());
            }
        }
        int top = from;
        int bottom = -1;
        List<List<Glyph>> headers = new ArrayList<>();
        for (int i = from - 1; i >= 0 && i >= from - MAX_HEADER_LINES; i--) {
            Line l = lines.get(i);
            if (l.data() || !header(l, page, labelRight, valueLeft, valueRight, size)) {
                break;
            }
            List<Glyph> inValueArea = new ArrayList<>();
            for (Word w : l.text().words()) {
                if (w.x0() > labelRight + 1f) {
                    inValueArea.addAll(w.glyphs());
                }
            }
            if (!inValueArea.isEmpty()) {
                headers.add(inValueArea);
                top = i;
                bottom = Math.max(bottom, i);
            }
        }
        ColumnModel columns = ColumnModel.of(values, headers);
        int headerEnd = from;
        if (bottom >= 0) {
            headerEnd = bottom + 1;
            while (headerEnd < from && lines.get(headerEnd).text().base() - lines.get(headerEnd - 1).text().base()
                    <= WRAP * size) {
                headerEnd++; // a header label wrapped onto a line of its own
            }
            for (int i = headerEnd; i < from; i++) {
                TextLine below = lines.get(i + 1).text();
                if (below.base() - lines.get(i).text().base() > WRAP * size) {
                    out[i] = dataRow(lines.get(i), columns, page); // a body row all of whose cells are blank
                }
            }
        }
        if (headerEnd - top >= 2) {
            List<Glyph> glyphs = new ArrayList<>();
            for (int i = top; i < headerEnd; i++) {
                glyphs.addAll(lines.get(i).text().glyphs());
                dropped[i] = true;
            }
            out[top] = headerRow(glyphs, columns, labelRight, page);
            dropped[top] = false;
        }
        for (int i = from; i < to; i++) {
            Line l = lines.get(i);
            if (l.data()) {
                out[i] = dataRow(l, columns, page);
            }
        }
    }

    /**
     * Whether a line above a table can be one of its header lines: not running from the label area into the value
     * area, not a sentence, not a section heading (numbered 一、 or 第一部分, or printed larger than the table), no
     * unbroken text wider than two fifths of the value area (a heading or a paragraph line).
     */
    private static boolean header(Line l, int page, float labelRight, float valueLeft, float valueRight,
                                  float size) {
        TextLine line = l.text();
        for (Word w : line.words()) {
            if (w.x0() < labelRight - 2f && w.x1() > valueLeft + 2f) {
                return false;
            }
            for (Glyph g : w.glyphs()) {
                if (g.size() > 1.15f * size) {
                    return false;
                }
            }
        }
        String text = line.text().strip();
        if (text.endsWith("。") || HEADING.matcher(text).find()) {
            return false;
        }
        for (List<Glyph> run : ColumnModel.runs(line.glyphs())) {
            if (run.get(run.size() - 1).x1() - run.get(0).x0() > 0.4f * (valueRight - valueLeft)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The header lines of a table printed without borders as one row: the text over the label column, then for
     * each value column the header runs standing over it, top to bottom (a header written down a narrow column,
     * 科/研/机/构 or 结果维/持, becomes one cell; a header spanning several columns stays whole in one of them).
     */
    private static Row headerRow(List<Glyph> glyphs, ColumnModel columns, float labelRight, int page) {
        float labelEdge = columns.size() == 0 ? Float.MAX_VALUE
                : labelRight > -Float.MAX_VALUE ? (labelRight + columns.left(0)) / 2 : columns.left(0) - 1f;
        List<List<Glyph>> perColumn = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            perColumn.add(new ArrayList<>());
        }
        List<Glyph> label = new ArrayList<>();
        for (List<Glyph> line : CellText.lines(glyphs)) {
            for (List<Glyph> run : ColumnModel.runs(line)) {
                float cx = (run.get(0).x0() + run.get(run.size() - 1).x1()) / 2;
                int c = run.get(run.size() - 1).x1() <= labelEdge ? -1 : columns.columnAt(cx);
                (c < 0 ? label : perColumn.get(c)).addAll(run);
            }
        }
        List<Cell> cells = new ArrayList<>();
        cells.add(textCell(label, page, glyphs.get(0)));
        for (List<Glyph> column : perColumn) {
            cells.add(textCell(column, page, glyphs.get(0)));
        }
        return Row.cells(cells, 0);
    }

    private static Cell textCell(List<Glyph> glyphs, int page, Glyph fallback) {
        Glyph first = glyphs.isEmpty() ? fallback : CellText.lines(glyphs).get(0).get(0);
        return new Cell(CellText.of(glyphs), RuledGrid.where(page, first.x0(), first.base()));
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
