package io.nianbao.corpus;

import java.util.ArrayList;
import java.util.List;

/** The three plain-text flattenings of a {@link Doc} (tab rows, one cell per line, pipe rows). */
final class TextRenderer {

    private TextRenderer() {
    }

    /**
     * Tab-separated rows; merged slots are empty cells (or left out when {@code dropped}: a row prints only its
     * own cells, as copied from a web table); optionally labels shifted to the first column.
     */
    static String tab(Doc doc, boolean markdown, boolean shift, boolean dropped) {
        StringBuilder b = new StringBuilder();
        int headingNo = 0;
        for (Doc.Block block : doc.blocks()) {
            if (block instanceof Doc.Table t) {
                String[][] grid = dropped ? ownCells(t) : slots(t);
                for (int r = 0; r < grid.length; r++) {
                    List<String> cells = new ArrayList<>(List.of(grid[r]));
                    if (shift && !dropped && t.kind().equals("t3") && r % 3 == 1 && leadingCovered(t, r)
                            && noBlankValue(cells)) {
                        int firstOrigin = firstOrigin(t, r);
                        List<String> shifted = new ArrayList<>();
                        shifted.add(cells.get(firstOrigin));
                        shifted.add("");
                        shifted.addAll(cells.subList(firstOrigin + 1, cells.size()));
                        cells = shifted;
                    }
                    b.append(String.join("\t", cells)).append('\n');
                }
                b.append('\n');
            } else {
                b.append(line(block, markdown, headingNo++)).append("\n\n");
            }
        }
        return b.toString();
    }

    /** One tab-led cell per line, blank line between rows, merged slots dropped, line breaks kept in cells. */
    static String cellPerLine(Doc doc, boolean markdown) {
        StringBuilder b = new StringBuilder();
        int headingNo = 0;
        for (Doc.Block block : doc.blocks()) {
            if (block instanceof Doc.Table t) {
                Doc.TableCell[][] grid = t.grid();
                for (Doc.TableCell[] row : grid) {
                    for (Doc.TableCell cell : row) {
                        if (cell != null) {
                            b.append('\t').append(cell.text()).append('\n');
                        }
                    }
                    b.append('\n');
                }
                b.append('\n');
            } else {
                b.append(line(block, markdown, headingNo++)).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * Pipe rows; a Markdown separator row after each table's first row when {@code separator}; merged slots as
     * {@code |  |} gaps, or left out when {@code dropped}.
     */
    static String pipe(Doc doc, boolean markdown, boolean separator, boolean dropped) {
        StringBuilder b = new StringBuilder();
        int headingNo = 0;
        for (Doc.Block block : doc.blocks()) {
            if (block instanceof Doc.Table t) {
                String[][] grid = dropped ? ownCells(t) : slots(t);
                for (int r = 0; r < grid.length; r++) {
                    b.append("| ").append(String.join(" | ", grid[r])).append(" |\n");
                    if (separator && r == 0) {
                        b.append("|").append("---|".repeat(grid[r].length)).append('\n');
                    }
                }
                b.append('\n');
            } else {
                b.append(line(block, markdown, headingNo++)).append("\n\n");
            }
        }
        return b.toString();
    }

    private static String line(Doc.Block block, boolean markdown, int headingNo) {
        if (block instanceof Doc.Heading h) {
            if (!markdown) {
                return h.text();
            }
            if (h.level() == 1) {
                return "# " + h.text();
            }
            return switch (headingNo % 4) {
                case 0 -> "## " + h.text();
                case 1 -> "### " + h.text();
                case 2 -> h.text();
                default -> "#### " + h.text();
            };
        }
        if (block instanceof Doc.Chrome c) {
            return c.text();
        }
        return ((Doc.Paragraph) block).text();
    }

    /** Per row, only the cells that start in it (merged slots left out), line breaks inside a cell removed. */
    private static String[][] ownCells(Doc.Table t) {
        String[][] out = new String[t.height()][];
        Doc.TableCell[][] grid = t.grid();
        for (int r = 0; r < t.height(); r++) {
            List<String> cells = new ArrayList<>();
            for (Doc.TableCell c : grid[r]) {
                if (c != null) {
                    cells.add(c.text().replace("\n", ""));
                }
            }
            out[r] = cells.toArray(String[]::new);
        }
        return out;
    }

    /** Grid texts with merged slots empty; line breaks inside a cell removed (a row is one line). */
    private static String[][] slots(Doc.Table t) {
        String[][] out = new String[t.height()][t.width()];
        Doc.TableCell[][] grid = t.grid();
        for (int r = 0; r < t.height(); r++) {
            for (int c = 0; c < t.width(); c++) {
                out[r][c] = grid[r][c] == null ? "" : grid[r][c].text().replace("\n", "");
            }
        }
        return out;
    }

    private static boolean leadingCovered(Doc.Table t, int r) {
        Doc.TableCell[][] grid = t.grid();
        return grid[r][0] == null;
    }

    private static int firstOrigin(Doc.Table t, int r) {
        Doc.TableCell[][] grid = t.grid();
        int c = 0;
        while (c < t.width() && grid[r][c] == null) {
            c++;
        }
        return c;
    }

    private static boolean noBlankValue(List<String> cells) {
        return cells.subList(cells.size() - 7, cells.size()).stream().noneMatch(String::isBlank);
    }
}
