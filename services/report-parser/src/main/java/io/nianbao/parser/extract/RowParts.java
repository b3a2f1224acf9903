package io.nianbao.parser.extract;

import io.nianbao.parser.read.Cell;
import io.nianbao.parser.read.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * A table row split into its label (all cells up to the last non-value cell) and its value cells (the rest,
 * blanks included). {@code labels} are the non-blank label cells in order (a parent printed inline, then the
 * leaf); {@code valueStart} is the grid column of the first value cell and {@code width} the row's cell count,
 * so that a {@link ColumnModel} can read the values at their columns.
 */
record RowParts(String label, List<String> labels, List<Cell> values, int valueStart, int width) {

    /** A label cell that swallowed the first value: "5．要求行政机关确认或重新出具已获取信息 0" (PDF, narrow gap). */
    private static final java.util.regex.Pattern TRAILING_VALUE =
            java.util.regex.Pattern.compile("(.*\\p{IsHan}[）)]?)\\s+([+-]?\\d+(?:\\.\\d+)?)");

    static RowParts of(Row row) {
        List<Cell> cells = splitTrailingValue(row);
        int lastLabel = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (!Values.isValue(cells.get(i).text())) {
                lastLabel = i;
            }
        }
        StringBuilder label = new StringBuilder();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i <= lastLabel; i++) {
            String t = cells.get(i).text().strip();
            if (!t.isEmpty()) {
                label.append(label.isEmpty() ? "" : " ").append(t);
                labels.add(t);
            }
        }
        return new RowParts(label.toString(), labels, new ArrayList<>(cells.subList(lastLabel + 1, cells.size())),
                lastLabel + 1, cells.size());
    }

    /**
     * In a table row whose last label cell ends in a space and a number, followed only by value cells, that
     * number is the first value cell: a label printed too close to its first value (PDF text).
     */
    private static List<Cell> splitTrailingValue(Row row) {
        List<Cell> cells = row.cells();
        if (!row.tabular()) {
            return cells;
        }
        int lastLabel = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (!Values.isValue(cells.get(i).text())) {
                lastLabel = i;
            }
        }
        if (lastLabel < 0 || lastLabel == cells.size() - 1) {
            return cells;
        }
        java.util.regex.Matcher m = TRAILING_VALUE.matcher(cells.get(lastLabel).text().strip());
        if (!m.matches()) {
            return cells;
        }
        List<Cell> out = new ArrayList<>(cells.subList(0, lastLabel));
        String where = cells.get(lastLabel).where();
        out.add(new Cell(m.group(1).strip(), where));
        out.add(new Cell(m.group(2), where));
        out.addAll(cells.subList(lastLabel + 1, cells.size()));
        return out;
    }

    boolean hasLabel() {
        return !label.isBlank();
    }

    boolean anyNonBlankValue() {
        return values.stream().anyMatch(c -> !c.blank());
    }

    /** The number of value cells that are not blank. */
    int nonBlankValues() {
        return (int) values.stream().filter(c -> !c.blank()).count();
    }

    /**
     * The last resort when positions say nothing (more non-blank cells than the table has columns): the
     * {@code width} consecutive cells with the most non-blank cells, ending at the last non-blank cell when that
     * ties. Fewer cells are padded with nulls (a null cell).
     */
    static List<Cell> densest(List<Cell> values, int width) {
        List<Cell> out = new ArrayList<>(values);
        if (out.size() <= width) {
            while (out.size() < width) {
                out.add(null);
            }
            return out;
        }
        int lastNonBlank = -1;
        int firstNonBlank = -1;
        for (int i = 0; i < out.size(); i++) {
            if (!out.get(i).blank()) {
                lastNonBlank = i;
                if (firstNonBlank < 0) {
                    firstNonBlank = i;
                }
            }
        }
        int best = 0;
        int bestScore = -1;
        for (int off = 0; off + width <= out.size(); off++) {
            int nonBlank = 0;
            for (int i = off; i < off + width; i++) {
                nonBlank += out.get(i).blank() ? 0 : 1;
            }
            int score = nonBlank * 10 + (off + width - 1 == lastNonBlank ? 2 : 0) + (off == firstNonBlank ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = off;
            }
        }
        return new ArrayList<>(out.subList(best, best + width));
    }
}
