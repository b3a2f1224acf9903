package io.nianbao.parser.extract;

import io.nianbao.model.ReviewLitigation;
import io.nianbao.parser.read.Cell;
import io.nianbao.parser.read.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Table 4: after a header naming 行政复议, the first rows made only of value cells give the fifteen numbers in
 * the form's order (复议 ×5, 直接起诉 ×5, 复议后起诉 ×5, each 维持/纠正/其他/尚未审结/总计).
 */
final class ReviewExtractor {

    private static final int WIDTH = 15;

    private ReviewExtractor() {
    }

    /** The table, or null when no Table 4 header is found in the rows. */
    static ReviewLitigation extract(List<Row> rows, Map<String, String> provenance) {
        int header = -1;
        for (int i = 0; i < rows.size(); i++) {
            String k = Normalizer.key(rows.get(i).text());
            if (k.contains("行政复议") && (rows.get(i).tabular() || k.length() <= 12)) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            return null;
        }
        List<Cell> values = new ArrayList<>();
        for (int i = header + 1; i < rows.size() && values.size() < WIDTH; i++) {
            Row row = rows.get(i);
            RowParts parts = RowParts.of(row);
            if (parts.hasLabel()) {
                if (!values.isEmpty()) {
                    break;
                }
                continue;
            }
            if (!parts.anyNonBlankValue() && parts.values().size() < WIDTH) {
                continue;
            }
            values.addAll(parts.values());
        }
        List<Cell> cells = RowParts.window(values, WIDTH);
        List<Integer> numbers = new ArrayList<>(WIDTH);
        for (int i = 0; i < WIDTH; i++) {
            Cell cell = cells.get(i);
            numbers.add(cell == null ? null : Values.integer(cell.text()));
            if (cell != null) {
                provenance.put(ReviewLitigation.path(ReviewLitigation.GROUPS.get(i / 5),
                        ReviewLitigation.KEYS.get(i % 5)), cell.where());
            }
        }
        return ReviewLitigation.of(numbers);
    }
}
