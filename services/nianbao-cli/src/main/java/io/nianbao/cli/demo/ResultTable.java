package io.nianbao.cli.demo;

import java.util.ArrayList;
import java.util.List;

/** The readable demo table: file, agency, status, error rules, warnings (rule ids; "—" when none). */
public final class ResultTable {

    static final String NONE = "—";
    private static final List<String> HEADERS = List.of("FILE", "AGENCY", "STATUS", "ERROR RULES", "WARNINGS");

    private ResultTable() {
    }

    public static String render(List<DemoResult> results) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (DemoResult r : results) {
            rows.add(List.of(r.file(), r.agency() == null ? NONE : r.agency(), r.status(),
                    join(r.errorRules()), join(r.warningRules())));
        }
        int[] widths = new int[HEADERS.size()];
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
        long passed = results.stream().filter(r -> r.status().equals("PASSED")).count();
        text.append('\n').append(results.size()).append(results.size() == 1 ? " report: " : " reports: ")
                .append(passed).append(" passed, ").append(results.size() - passed).append(" failed\n");
        return text.toString();
    }

    private static String join(List<String> rules) {
        return rules.isEmpty() ? NONE : String.join(", ", rules);
    }
}
