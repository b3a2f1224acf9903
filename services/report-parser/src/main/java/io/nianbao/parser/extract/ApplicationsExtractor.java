package io.nianbao.parser.extract;

import io.nianbao.model.Applications;
import io.nianbao.parser.read.Cell;
import io.nianbao.parser.read.Row;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Table 3: recognises each of the form's rows by the meaning of its own label ({@link LabelVocabulary}: the leaf
 * label, with parents such as "（五）不予处理" inline, on the line before or anywhere), then reads its seven values at
 * the table's value columns ({@link ColumnModel}: from the header rows 自然人 … 总计, or from the table's own row
 * width), so that a blank cell stays blank in its own column. A label without values is kept and joined to the
 * next row that has values but no label (labels shifted to the previous line); a label printed with no values at
 * all gives a row of seven nulls, unless a real row of that key comes later. A value line whose own label names
 * only the group of the pending leaf label (PDF: "（六）其" / "2．申请人逾期……" / "他处理 0 0 …" side by side, the
 * group label wrapped around the value line) belongs to that leaf, not to the group.
 */
final class ApplicationsExtractor {

    private static final int WIDTH = 7;

    private ApplicationsExtractor() {
    }

    /** The table, or null when no row of it is found in the rows. */
    static Applications extract(List<Row> region, Map<String, String> provenance) {
        List<Row> rows = stitched(region);
        Map<Integer, ColumnModel> models = models(rows);
        Applications table = Applications.empty();
        Set<String> placeholders = new HashSet<>();
        String pending = "";
        String pendingKey = null;
        String pendingWhere = null;
        String previousKey = null;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            RowParts parts = RowParts.of(row);
            boolean hasValues = !parts.values().isEmpty() && (parts.anyNonBlankValue() || row.tabular());
            if (!hasValues) {
                String own;
                if (row.tabular()) {
                    own = classify(parts, previousKey);
                } else {
                    boolean label = LabelVocabulary.labelLike(parts.label()) && besideTable(rows, i);
                    own = label ? LabelVocabulary.matchStandalone(parts.label(), previousKey) : null;
                }
                if (own != null && !own.equals(pendingKey)) {
                    previousKey = blankRow(table, pendingKey, own, pendingWhere, provenance, previousKey,
                            placeholders);
                    pendingKey = own;
                    pendingWhere = row.where();
                    pending = parts.label();
                } else {
                    pending = pending + " " + parts.label();
                }
                continue;
            }
            String key = parts.hasLabel() ? classify(parts, previousKey) : classify(pending, previousKey);
            if (key == null && parts.hasLabel() && !pending.isBlank()) {
                key = classify(pending + " " + parts.label(), previousKey);
            }
            if (pendingKey != null && key != null && pendingKey.startsWith(key + ".")) {
                key = pendingKey; // the value line's label is the group label of the leaf printed above it
            }
            if (pendingKey != null && !pendingKey.equals(key)) {
                previousKey = blankRow(table, pendingKey, key, pendingWhere, provenance, previousKey, placeholders);
            }
            pending = "";
            pendingKey = null;
            if (key == null || (table.hasRow(key) && !placeholders.contains(key))) {
                continue;
            }
            if (!parts.anyNonBlankValue() && parts.values().size() < WIDTH) {
                continue;
            }
            put(table, key, models.getOrDefault(row.table(), ColumnModel.plain(WIDTH)).pick(parts), provenance);
            placeholders.remove(key);
            previousKey = key;
        }
        blankRow(table, pendingKey, null, pendingWhere, provenance, previousKey, placeholders);
        return table.rows().isEmpty() ? null : ordered(table);
    }

    /**
     * A line standing alone is a row label printed apart from its values (a PDF line, a label shifted to the
     * previous line) only next to table rows; amid paragraphs it is narrative.
     */
    private static boolean besideTable(List<Row> rows, int i) {
        return (i > 0 && rows.get(i - 1).tabular()) || (i + 1 < rows.size() && rows.get(i + 1).tabular());
    }

    /**
     * A row label followed by lines of fewer than seven value cells that add up to exactly seven (a web page's
     * table copied out one cell per line: "一、本年新收… |", "58 |", "7 |" …) is one row.
     */
    private static List<Row> stitched(List<Row> rows) {
        List<Row> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            RowParts parts = RowParts.of(row);
            if (!parts.hasLabel() || !parts.values().isEmpty() || classify(parts, null) == null) {
                out.add(row);
                continue;
            }
            List<io.nianbao.parser.read.Cell> cells = new ArrayList<>(row.cells());
            int count = 0;
            int j = i + 1;
            while (j < rows.size() && count < WIDTH) {
                RowParts next = RowParts.of(rows.get(j));
                if (next.hasLabel() || next.values().isEmpty() || next.values().size() >= WIDTH) {
                    break;
                }
                cells.addAll(next.values());
                count += next.values().size();
                j++;
            }
            if (count == WIDTH) {
                out.add(Row.cells(cells, row.table()));
                i = j - 1;
            } else {
                out.add(row);
            }
        }
        return out;
    }

    /**
     * One column model per table of the region: header rows are the rows before the table's first number that
     * name applicant columns; the placement of the other rows is learnt from the rows the form names.
     */
    private static Map<Integer, ColumnModel> models(List<Row> rows) {
        Map<Integer, List<Row>> byTable = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.tabular()) {
                byTable.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(row);
            }
        }
        Map<Integer, ColumnModel> out = new HashMap<>();
        byTable.forEach((number, tableRows) -> {
            Map<Integer, List<Integer>> anchors = new HashMap<>();
            List<RowParts> data = new ArrayList<>();
            boolean inData = false;
            String previous = null;
            for (Row row : tableRows) {
                boolean numbers = row.cells().stream().anyMatch(c -> Values.isNumber(c.text()));
                inData |= numbers;
                if (!inData) {
                    headerAnchors(row, anchors);
                    continue;
                }
                RowParts parts = RowParts.of(row);
                String key = parts.hasLabel() ? classify(parts, previous) : null;
                if (key != null && numbers) {
                    data.add(parts);
                    previous = key;
                }
            }
            out.put(number, ColumnModel.of(WIDTH, ColumnModel.header(WIDTH, anchors, 3), data));
        });
        return out;
    }

    /** Grid columns of the header cells 自然人, 商业企业 … 其他, 总计 in a header row that names applicants. */
    private static void headerAnchors(Row row, Map<Integer, List<Integer>> anchors) {
        Map<Integer, Integer> found = new HashMap<>();
        boolean applicants = false;
        List<io.nianbao.parser.read.Cell> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            String k = Normalizer.key(cells.get(i).text());
            int column = applicantColumn(k);
            if (column >= 0) {
                found.put(column, i);
                applicants |= column <= 4;
            }
            applicants |= k.contains("申请人情况") || k.contains("法人或其他组织");
        }
        if (applicants) {
            found.forEach((column, i) -> anchors.computeIfAbsent(column, c -> new ArrayList<>()).add(i));
        }
    }

    /** The value column a header cell names (0 自然人 … 5 其他, 6 总计), or -1. */
    private static int applicantColumn(String k) {
        if (k.equals("自然人")) {
            return 0;
        }
        String[][] prefixes = {{"商业", "1"}, {"科研", "2"}, {"社会公益", "3"}, {"法律服务", "4"}};
        for (String[] p : prefixes) {
            if (k.startsWith(p[0]) && k.length() <= p[0].length() + 2) {
                return Integer.parseInt(p[1]);
            }
        }
        if (k.equals("其他") || k.equals("其它") || k.equals("其他组织")) {
            return 5;
        }
        return k.equals("总计") || k.equals("合计") ? 6 : -1;
    }

    /**
     * A row whose label is printed but whose cells are all empty (the values never came): seven nulls, kept as a
     * placeholder that a later row of the same key replaces. "（六）其他处理" followed by its sub-rows is their
     * parent, not the 2019 form's single row; so is such a label after rows of its group (the group label's
     * wrapped tail, "办理结果 | 他处理", printed under each of its sub-rows in a PDF).
     */
    private static String blankRow(Applications table, String key, String nextKey, String where,
                                   Map<String, String> provenance, String previousKey, Set<String> placeholders) {
        if (key == null || table.hasRow(key)
                || (key.equals("otherHandling") && nextKey != null && nextKey.startsWith("otherHandling."))
                || table.rows().keySet().stream().anyMatch(k -> k.startsWith(key + "."))) {
            return previousKey;
        }
        placeholders.add(key);
        List<Integer> nulls = new ArrayList<>();
        for (int c = 0; c < WIDTH; c++) {
            nulls.add(null);
            provenance.put(Applications.path(key, c), where);
        }
        table.rows().put(key, nulls);
        return key;
    }

    private static void put(Applications table, String key, List<Cell> cells, Map<String, String> provenance) {
        List<Integer> values = new ArrayList<>(WIDTH);
        for (int c = 0; c < WIDTH; c++) {
            Cell cell = cells.get(c);
            values.add(cell == null ? null : Values.integer(cell.text()));
            if (cell != null) {
                provenance.put(Applications.path(key, c), cell.where());
            }
        }
        table.rows().put(key, values);
    }

    private static Applications ordered(Applications table) {
        Applications out = Applications.empty();
        for (String key : Applications.ROWS) {
            List<Integer> cells = table.rows().get(key);
            if (cells != null) {
                out.rows().put(key, cells);
            }
        }
        return out;
    }

    /** The row key of a row: its leaf label cell alone first, then all its label cells together. */
    private static String classify(RowParts parts, String previousKey) {
        List<String> labels = parts.labels();
        if (LabelVocabulary.isHeader(Normalizer.key(parts.label()))) {
            return null;
        }
        if (labels.size() > 1) {
            String leaf = LabelVocabulary.match(labels.get(labels.size() - 1), previousKey);
            if (leaf != null) {
                return leaf;
            }
        }
        return LabelVocabulary.match(parts.label(), previousKey);
    }

    /** The row key named by a label, or null (header rows, unknown labels). */
    static String classify(String label, String previousKey) {
        return LabelVocabulary.match(label, previousKey);
    }
}
