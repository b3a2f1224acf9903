package io.nianbao.parser.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds a table grid from cells with row and column spans: a spanning cell keeps its text in its first
 * slot; the other slots it covers become empty cells (as merged cells look in a flattened table). Every row is
 * padded to the table's width, so that a row whose last cells were left out (an HTML row with fewer
 * {@code <td>}, Word's gridAfter) still has its values at the grid's columns.
 * Provenance is {@code table T row R cell C} (1-based grid coordinates).
 */
final class GridBuilder {

    private static final int MAX_SPAN = 64;

    private final int table;
    private final List<List<Cell>> grid = new ArrayList<>();
    private final Map<Long, Boolean> taken = new HashMap<>();
    private int row = -1;
    private int col;

    GridBuilder(int table) {
        this.table = table;
    }

    void startRow() {
        row++;
        col = 0;
        ensure(row);
    }

    /** Skips grid columns left empty at the start of a row (Word's gridBefore). */
    void skip(int columns) {
        for (int i = 0; i < Math.min(columns, MAX_SPAN); i++) {
            put(row, col, new Cell("", where(row, col)));
            col++;
        }
    }

    /** Moves to grid column {@code column} of the current row (columns passed over stay empty cells). */
    void moveTo(int column) {
        col = Math.max(col, Math.min(column, col + MAX_SPAN));
    }

    void add(String text, int rowSpan, int colSpan) {
        while (taken.containsKey(key(row, col))) {
            col++;
        }
        int rs = Math.max(1, Math.min(rowSpan, MAX_SPAN));
        int cs = Math.max(1, Math.min(colSpan, MAX_SPAN));
        for (int r = row; r < row + rs; r++) {
            ensure(r);
            for (int c = col; c < col + cs; c++) {
                boolean origin = r == row && c == col;
                put(r, c, new Cell(origin ? text : "", where(r, c)));
            }
        }
        col += cs;
    }

    List<Row> rows() {
        int width = 0;
        for (List<Cell> cells : grid) {
            width = Math.max(width, cells.size());
        }
        List<Row> out = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            List<Cell> cells = grid.get(r);
            if (cells.isEmpty()) {
                continue;
            }
            List<Cell> filled = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                Cell cell = c < cells.size() ? cells.get(c) : null;
                filled.add(cell == null ? new Cell("", where(r, c)) : cell);
            }
            out.add(Row.cells(filled, table));
        }
        return out;
    }

    private void put(int r, int c, Cell cell) {
        List<Cell> cells = grid.get(r);
        while (cells.size() <= c) {
            cells.add(null);
        }
        cells.set(c, cell);
        taken.put(key(r, c), Boolean.TRUE);
    }

    private void ensure(int r) {
        while (grid.size() <= r) {
            grid.add(new ArrayList<>());
        }
    }

    private String where(int r, int c) {
        return "table " + table + " row " + (r + 1) + " cell " + (c + 1);
    }

    private static long key(int r, int c) {
        return ((long) r << 32) | (c & 0xffffffffL);
    }
}
