package io.nianbao.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A rendered report before it becomes bytes: headings, paragraphs and tables with merged cells, in reading
 * order. Every layout writes the same document, so all of them carry the same facts.
 */
record Doc(List<Block> blocks) {

    /** One block of the document. */
    sealed interface Block permits Heading, Paragraph, Chrome, Table {
    }

    /** A heading; level 1 is the title, 2 a section, 3 a sub-heading. */
    record Heading(int level, String text) implements Block {
    }

    /** A paragraph of running text (or the closing agency/date). */
    record Paragraph(String text) implements Block {
    }

    /**
     * A line of the publishing web page (navigation, tools, footer) rather than of the report; printed as a
     * paragraph, in HTML as a navigation {@code div} with links.
     */
    record Chrome(String text) implements Block {
    }

    /** A cell of a table at its grid origin, spanning rows and columns; "\n" marks a line break. */
    record TableCell(int row, int col, int rowSpan, int colSpan, String text) {
    }

    /** A table of {@code width} grid columns; {@code leafRows} lists the Table 3 rows a label may shift in. */
    record Table(int width, int height, List<TableCell> cells, String kind) implements Block {

        /** The grid: the origin slot of a cell holds it, the slots it covers hold null. */
        TableCell[][] grid() {
            TableCell[][] g = new TableCell[height][width];
            for (TableCell c : cells) {
                g[c.row()][c.col()] = c;
            }
            return g;
        }

        /** The cell covering a slot (its own origin or a merged cell's). */
        TableCell owner(int row, int col) {
            for (TableCell c : cells) {
                if (row >= c.row() && row < c.row() + c.rowSpan() && col >= c.col() && col < c.col() + c.colSpan()) {
                    return c;
                }
            }
            return null;
        }
    }

    /** Builds a table row by row, placing cells in the first free grid slot like HTML does. */
    static final class TableBuilder {
        private final int width;
        private final String kind;
        private final List<TableCell> cells = new ArrayList<>();
        private final List<boolean[]> taken = new ArrayList<>();
        private int row = -1;
        private int col;

        TableBuilder(int width, String kind) {
            this.width = width;
            this.kind = kind;
        }

        TableBuilder row() {
            row++;
            col = 0;
            ensure(row);
            return this;
        }

        TableBuilder cell(String text) {
            return cell(text, 1, 1);
        }

        TableBuilder cell(String text, int rowSpan, int colSpan) {
            while (col < width && taken.get(row)[col]) {
                col++;
            }
            if (col + colSpan > width) {
                throw new IllegalStateException("row " + row + " overflows the table width " + width);
            }
            for (int r = row; r < row + rowSpan; r++) {
                ensure(r);
                for (int c = col; c < col + colSpan; c++) {
                    taken.get(r)[c] = true;
                }
            }
            cells.add(new TableCell(row, col, rowSpan, colSpan, text));
            col += colSpan;
            return this;
        }

        /** Grid columns left in the current row from the first free slot. */
        int remaining() {
            int c = col;
            while (c < width && taken.get(row)[c]) {
                c++;
            }
            return width - c;
        }

        Table build() {
            return new Table(width, taken.size(), List.copyOf(cells), kind);
        }

        private void ensure(int r) {
            while (taken.size() <= r) {
                taken.add(new boolean[width]);
            }
        }
    }
}
