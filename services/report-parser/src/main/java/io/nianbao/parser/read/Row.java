package io.nianbao.parser.read;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of the intermediate document: a paragraph (one cell, {@code tabular=false}) or a table row
 * (cells in grid order, merged and blank cells kept as empty cells, {@code tabular=true}).
 * {@code table} numbers the table a row belongs to (0 for paragraphs or when unknown).
 */
public record Row(List<Cell> cells, boolean tabular, int table) {

    public Row {
        cells = List.copyOf(cells);
    }

    public static Row paragraph(String text, String where) {
        return new Row(List.of(new Cell(text, where)), false, 0);
    }

    public static Row cells(List<Cell> cells, int table) {
        return new Row(cells, true, table);
    }

    /** All cell texts joined by a single space (paragraph text for paragraphs). */
    public String text() {
        return cells.stream().map(Cell::text).filter(t -> !t.isBlank()).map(String::strip)
                .collect(Collectors.joining(" "));
    }

    public String where() {
        return cells.isEmpty() ? "" : cells.get(0).where();
    }
}
