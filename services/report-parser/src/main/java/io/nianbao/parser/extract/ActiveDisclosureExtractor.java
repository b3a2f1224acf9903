package io.nianbao.parser.extract;

import io.nianbao.model.ActiveDisclosure;
import io.nianbao.parser.read.Cell;
import io.nianbao.parser.read.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Table 2: header rows (信息内容 | column words) name the columns of the data rows below them, so both the 2021
 * keys (issued, repealed, inForce, decisions, amount) and the 2019 ones (newlyMade, newlyPublished,
 * totalPublished, previousYear, change, items) come out of the same pass.
 */
final class ActiveDisclosureExtractor {

    private ActiveDisclosureExtractor() {
    }

    /** The table, or null when none of its rows is found. */
    static ActiveDisclosure extract(List<Row> rows, Map<String, String> provenance) {
        ActiveDisclosure table = new ActiveDisclosure();
        List<String> columns = null;
        for (Row row : rows) {
            if (!row.tabular()) {
                continue;
            }
            RowParts parts = RowParts.of(row);
            List<String> header = header(row);
            if (header != null) {
                columns = header;
                continue;
            }
            String key = rowKey(parts.label());
            if (key == null || table.rows().containsKey(key)) {
                continue;
            }
            List<String> cols = columns != null && !columns.isEmpty() ? columns : defaults(key);
            List<Cell> cells = firstCells(parts.values(), cols.size());
            for (int c = 0; c < cols.size(); c++) {
                Cell cell = cells.get(c);
                table.cell(key, cols.get(c), cell == null ? null : Values.decimal(cell.text()));
                if (cell != null) {
                    provenance.put("activeDisclosure." + key + "." + cols.get(c), cell.where());
                }
            }
        }
        return table.rows().isEmpty() ? null : table;
    }

    /** Column keys when the row is a header row, else null. */
    private static List<String> header(Row row) {
        List<String> keys = new ArrayList<>();
        boolean header = false;
        boolean prev2019 = false;
        for (Cell cell : row.cells()) {
            String k = Normalizer.key(cell.text());
            if (k.isEmpty()) {
                continue;
            }
            if (Values.isNumber(cell.text())) {
                return null;
            }
            if (k.contains("信息内容")) {
                header = true;
                continue;
            }
            String col = column(k, keys, prev2019);
            if (col != null) {
                keys.add(col);
                header = true;
                prev2019 = col.equals("newlyMade");
            }
        }
        return header && !keys.isEmpty() ? keys : null;
    }

    private static String column(String k, List<String> before, boolean afterNewlyMade) {
        if (k.contains("制发")) {
            return "issued";
        }
        if (k.contains("废止")) {
            return "repealed";
        }
        if (k.contains("现行有效")) {
            return "inForce";
        }
        if (k.contains("新制作")) {
            return "newlyMade";
        }
        if (k.contains("新公开") || (k.equals("本年新") && afterNewlyMade)) {
            return "newlyPublished";
        }
        if (k.equals("本年新")) {
            return "newlyMade";
        }
        if (k.contains("公开总数") || k.contains("对外公开")) {
            return "totalPublished";
        }
        if (k.contains("上一年") || k.contains("上年")) {
            return "previousYear";
        }
        if (k.contains("增减") || k.endsWith("本年增")) {
            return "change";
        }
        if (k.contains("处理决定")) {
            return "decisions";
        }
        if (k.contains("采购项目") || (k.contains("项目数") && before.isEmpty())) {
            return "items";
        }
        if (k.contains("金额")) {
            return "amount";
        }
        return null;
    }

    private static String rowKey(String label) {
        String k = Normalizer.key(label);
        if (k.isEmpty() || k.contains("信息内容") || k.contains("第二十条")) {
            return null;
        }
        if (k.contains("规范性文件")) {
            return "normativeDocuments";
        }
        if (k.equals("规章") || k.endsWith("规章")) {
            return "rules";
        }
        if (k.contains("行政许可")) {
            return "licensing";
        }
        if (k.contains("对外管理服务")) {
            return "otherServices";
        }
        if (k.contains("行政处罚")) {
            return "punishment";
        }
        if (k.contains("行政强制")) {
            return "enforcement";
        }
        if (k.contains("收费")) {
            return "fees";
        }
        if (k.contains("采购")) {
            return "procurement";
        }
        return null;
    }

    private static List<String> defaults(String key) {
        return switch (key) {
            case "rules", "normativeDocuments" -> List.of("issued", "repealed", "inForce");
            case "fees" -> List.of("amount");
            case "procurement" -> List.of("items", "amount");
            default -> List.of("decisions");
        };
    }

    private static List<Cell> firstCells(List<Cell> values, int n) {
        List<Cell> out = new ArrayList<>(values.subList(0, Math.min(n, values.size())));
        while (out.size() < n) {
            out.add(null);
        }
        return out;
    }
}
