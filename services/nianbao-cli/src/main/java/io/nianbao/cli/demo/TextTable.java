package io.nianbao.cli.demo;

import java.util.List;

/** A plain-text table whose columns line up in a terminal, counting CJK characters as two columns. */
public final class TextTable {

    private TextTable() {
    }

    /** The rows (the first one is the header), two spaces between columns, no trailing blanks. */
    public static String render(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                line.append(c == row.size() - 1 ? row.get(c) : DisplayWidth.pad(row.get(c), widths[c] + 2));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
