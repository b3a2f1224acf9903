package io.nianbao.parser.extract;

import io.nianbao.model.ReviewLitigation;
import io.nianbao.parser.read.Cell;
import io.nianbao.parser.read.Row;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Table 4: after a header naming 行政复议, the fifteen numbers in the form's order (复议 ×5, 直接起诉 ×5, 复议后起诉
 * ×5, each 维持/纠正/其他/尚未审结/总计). They are usually one unlabelled row under two or three header lines; that
 * row's cells are read at the grid columns the header names (结果维持 … 总计 three times), so a blank cell stays in
 * its column. Also read: the fifteen values spread over several rows (3 rows of 5, one value per line) and a
 * transposed table whose rows are labelled 行政复议 / 未经复议直接起诉 / 复议后起诉 with five values each.
 */
final class ReviewExtractor {

    private static final int WIDTH = 15;
    private static final int GROUP = 5;
    private static final String[] GROUP_WORDS = {"行政复议", "未经复议直接起诉", "复议后起诉"};

    private ReviewExtractor() {
    }

    /** The table, or null when no Table 4 header is found in the rows. */
    static ReviewLitigation extract(List<Row> rows, Map<String, String> provenance) {
        int header = -1;
        for (int i = 0; i < rows.size(); i++) {
            String k = Normalizer.key(rows.get(i).text());
            if (k.contains("行政复议") && (rows.get(i).tabular() || k.length() <= 12 || pipedHeader(rows.get(i)))) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            return null;
        }
        List<Integer> columns = headerColumns(rows, header);
        List<Cell> cells = null;
        List<Cell> values = new ArrayList<>();
        Map<Integer, List<Cell>> transposed = new TreeMap<>();
        for (int i = header; i < rows.size() && values.size() < WIDTH; i++) {
            Row row = rows.get(i);
            RowParts parts = RowParts.of(row);
            if (values.isEmpty() && transposed.isEmpty() && parts.values().size() >= WIDTH
                    && (parts.anyNonBlankValue() || row.tabular())) {
                cells = ColumnModel.of(WIDTH, columns, List.of()).pick(parts);
                break;
            }
            int group = parts.hasLabel() ? group(parts.label()) : -1;
            if (group >= 0 && values.isEmpty() && parts.values().size() >= GROUP) {
                transposed.putIfAbsent(group, ColumnModel.plain(GROUP).pick(parts));
                continue;
            }
            if (parts.hasLabel()) {
                if (!values.isEmpty() || transposed.size() == 3) {
                    break;
                }
                continue;
            }
            if (!parts.anyNonBlankValue() && parts.values().size() < WIDTH
                    && (values.isEmpty() || !blankAmongSingles(rows, i))) {
                continue;
            }
            values.addAll(parts.values());
        }
        if (cells == null && values.isEmpty() && !transposed.isEmpty()) {
            cells = new ArrayList<>();
            for (int g = 0; g < 3; g++) {
                List<Cell> five = transposed.get(g);
                for (int k = 0; k < GROUP; k++) {
                    cells.add(five == null ? null : five.get(k));
                }
            }
        }
        if (cells == null) {
            cells = ColumnModel.plain(WIDTH).pick(new RowParts("", List.of(), values, 0, values.size()));
        }
        List<Integer> numbers = new ArrayList<>(WIDTH);
        for (int i = 0; i < WIDTH; i++) {
            Cell cell = cells.get(i);
            numbers.add(cell == null ? null : Values.integer(cell.text()));
            if (cell != null) {
                provenance.put(ReviewLitigation.path(ReviewLitigation.GROUPS.get(i / GROUP),
                        ReviewLitigation.KEYS.get(i % GROUP)), cell.where());
            }
        }
        return ReviewLitigation.of(numbers);
    }

    /**
     * A blank one-cell table row after and before one-cell value rows is a blank cell of a table copied out one
     * cell per line ("30 |", " |", "32 |"), not an empty line. (Before the first value it cannot be told from the
     * end of the header row.)
     */
    private static boolean blankAmongSingles(List<Row> rows, int i) {
        return rows.get(i).tabular() && rows.get(i).cells().size() == 1
                && (singleValue(rows, i - 1) || singleValue(rows, i + 1));
    }

    private static boolean singleValue(List<Row> rows, int i) {
        if (i < 0 || i >= rows.size()) {
            return false;
        }
        List<Cell> cells = rows.get(i).cells();
        return cells.size() == 1 && Values.isNumber(cells.get(0).text());
    }

    /**
     * A header line copied out of a web page as text, its cells joined by pipes but without a number among them
     * (the text reader keeps it a paragraph, as it does navigation such as 首页 | 政务公开):
     * "行政复议 | 行政诉讼（未经复议直接起诉） | 行政诉讼（复议后起诉）". A sentence that names 行政复议 has no pipe cell of its own.
     */
    private static boolean pipedHeader(Row row) {
        if (row.tabular()) {
            return false;
        }
        String[] cells = row.text().split("[|｜]");
        if (cells.length < 3) {
            return false;
        }
        for (String cell : cells) {
            String k = Normalizer.key(cell);
            if (k.contains("行政复议") && k.length() <= 12) {
                return true;
            }
        }
        return false;
    }

    /** The group a row label names in a transposed table (0 复议, 1 直接起诉, 2 复议后起诉), or -1. */
    private static int group(String label) {
        String k = Normalizer.key(label);
        if (k.length() > 12) {
            return -1;
        }
        if (k.contains(GROUP_WORDS[2])) {
            return 2;
        }
        if (k.contains(GROUP_WORDS[1])) {
            return 1;
        }
        return k.equals(GROUP_WORDS[0]) ? 0 : -1;
    }

    /**
     * The fifteen grid columns named by the header rows (from the 行政复议 row to the first number): every cell
     * naming 维持, 纠正, 其他结果, 尚未审结 or 总计 marks its column; usable when that gives fifteen columns that
     * repeat the five names in order three times.
     */
    private static List<Integer> headerColumns(List<Row> rows, int header) {
        Map<Integer, Integer> named = new TreeMap<>();
        for (int i = header; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.cells().stream().anyMatch(c -> Values.isNumber(c.text()))) {
                break;
            }
            List<Cell> cells = row.cells();
            for (int c = 0; c < cells.size(); c++) {
                int key = resultKey(Normalizer.key(cells.get(c).text()));
                if (key < 0) {
                    continue;
                }
                Integer before = named.put(c, key);
                if (before != null && before != key) {
                    return null;
                }
            }
        }
        if (named.size() != WIDTH) {
            return null;
        }
        List<Integer> out = new ArrayList<>(named.keySet());
        Map<Integer, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < WIDTH; i++) {
            if (named.get(out.get(i)) != i % GROUP) {
                return null;
            }
            byKey.computeIfAbsent(i, x -> new ArrayList<>()).add(out.get(i));
        }
        return ColumnModel.header(WIDTH, byKey, WIDTH);
    }

    /** Which of the five results a header cell names (0 维持 … 4 总计), or -1. */
    private static int resultKey(String k) {
        if (k.length() > 8) {
            return -1;
        }
        if (k.contains("维持")) {
            return 0;
        }
        if (k.contains("纠正")) {
            return 1;
        }
        if (k.equals("其他") || k.equals("其它") || (k.startsWith("其他") && k.contains("结果"))) {
            return 2;
        }
        if (k.contains("审结") || k.contains("尚未")) {
            return 3;
        }
        return k.equals("总计") || k.equals("合计") ? 4 : -1;
    }
}
