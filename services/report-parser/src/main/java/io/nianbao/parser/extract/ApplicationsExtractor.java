package io.nianbao.parser.extract;

import io.nianbao.model.Applications;
import io.nianbao.parser.read.Cell;
import io.nianbao.parser.read.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Table 3: recognises each of the form's rows by the words of its own label (the leaf label; parents such as
 * "（五）不予处理" may be anywhere), then takes seven value cells after the label. A label without values is kept
 * and joined to the next row that has values but no label (labels shifted to the previous line).
 */
final class ApplicationsExtractor {

    private static final int WIDTH = 7;

    private ApplicationsExtractor() {
    }

    /** The table, or null when no row of it is found in the rows. */
    static Applications extract(List<Row> rows, Map<String, String> provenance) {
        Applications table = Applications.empty();
        String pending = "";
        String pendingKey = null;
        String pendingWhere = null;
        String previousKey = null;
        for (Row row : rows) {
            RowParts parts = RowParts.of(row);
            boolean hasValues = !parts.values().isEmpty() && (parts.anyNonBlankValue() || row.tabular());
            if (!hasValues) {
                String own = classify(parts.label(), previousKey);
                if (own != null && !own.equals(pendingKey)) {
                    previousKey = blankRow(table, pendingKey, pendingWhere, provenance, previousKey);
                    pendingKey = own;
                    pendingWhere = row.where();
                    pending = parts.label();
                } else {
                    pending = pending + " " + parts.label();
                }
                continue;
            }
            String label = parts.hasLabel() ? parts.label() : pending;
            String key = classify(label, previousKey);
            if (key == null && parts.hasLabel() && !pending.isBlank()) {
                key = classify(pending + " " + label, previousKey);
            }
            if (pendingKey != null && !pendingKey.equals(key)) {
                previousKey = blankRow(table, pendingKey, pendingWhere, provenance, previousKey);
            }
            pending = "";
            pendingKey = null;
            if (key == null || table.hasRow(key)) {
                continue;
            }
            if (!parts.anyNonBlankValue() && parts.values().size() < WIDTH) {
                continue;
            }
            put(table, key, RowParts.window(parts.values(), WIDTH), provenance);
            previousKey = key;
        }
        blankRow(table, pendingKey, pendingWhere, provenance, previousKey);
        return table.rows().isEmpty() ? null : ordered(table);
    }

    /** A row whose label is printed but whose cells are all empty (the values never came): seven nulls. */
    private static String blankRow(Applications table, String key, String where, Map<String, String> provenance,
                                   String previousKey) {
        if (key == null || table.hasRow(key)) {
            return previousKey;
        }
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

    /** The row key named by a label, or null (header rows, unknown labels). */
    static String classify(String label, String previousKey) {
        String k = Normalizer.key(label);
        if (k.isEmpty() || k.contains("自然人") || k.contains("申请人情况") || k.contains("商业企业")
                || k.contains("社会公益") || k.contains("法律服务") || k.contains("其他组织")
                || k.contains("维持") || k.contains("复议")) {
            return null;
        }
        if (k.contains("新收") || (k.contains("本年") && k.contains("申请数量") && !k.contains("结转"))) {
            return "newReceived";
        }
        if (k.contains("上年结转") || k.contains("上年度结转")) {
            return "carriedOver";
        }
        if (k.contains("结转下年") || k.contains("继续办理")) {
            return "carriedForward";
        }
        String leaf = leafKey(k);
        if (leaf != null) {
            return leaf;
        }
        if (k.contains("部分公开")) {
            return "partiallyGranted";
        }
        if (k.contains("予以公开")) {
            return "granted";
        }
        String words = k.replaceAll("[^\\p{IsHan}]", "");
        if ((k.contains("总计") || k.contains("合计"))
                && (words.startsWith("七") || words.equals("总计") || words.equals("合计"))) {
            return "resultTotal";
        }
        // "3．其他" under （六）; not "（六）其他" when a PDF wraps "（六）其他处理" after 其他
        if (k.matches("[0-9]*其他") && previousKey != null && previousKey.startsWith("otherHandling")) {
            return "otherHandling.other";
        }
        if (k.contains("其他处理")) {
            return "otherHandling";
        }
        return null;
    }

    private static String leafKey(String k) {
        String[][] patterns = {
                {"国家秘密", "withheld.stateSecret"},
                {"禁止公开", "withheld.lawProhibited"},
                {"三安全一稳定", "withheld.securityStability"},
                {"危及", "withheld.securityStability"},
                {"第三方", "withheld.thirdParty"},
                {"内部事务", "withheld.internalAffairs"},
                {"过程性", "withheld.processInformation"},
                {"执法案卷", "withheld.enforcementFile"},
                {"行政查询", "withheld.administrativeQuery"},
                {"不掌握", "unavailable.notHeld"},
                {"另行制作", "unavailable.needsCreation"},
                {"没有现成", "unavailable.needsCreation"},
                {"不明确", "unavailable.unclear"},
                {"信访", "notProcessed.petition"},
                {"举报投诉", "notProcessed.petition"},
                {"重复申请", "notProcessed.repeated"},
                {"出版物", "notProcessed.publication"},
                {"大量反复", "notProcessed.excessive"},
                {"重新出具", "notProcessed.confirmation"},
                {"确认或", "notProcessed.confirmation"},
                {"不补正", "otherHandling.overdueCorrection"},
                {"缴纳费用", "otherHandling.overdueFee"},
                {"收费通知", "otherHandling.overdueFee"},
                {"未缴纳", "otherHandling.overdueFee"},
        };
        for (String[] p : patterns) {
            if (k.contains(p[0])) {
                return p[1];
            }
        }
        return null;
    }
}
