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
        StringBuilder text = new StringBuilder(TextTable.render(rows));
        long passed = results.stream().filter(r -> r.status().equals("PASSED")).count();
        text.append('\n').append(results.size()).append(results.size() == 1 ? " report: " : " reports: ")
                .append(passed).append(" passed, ").append(results.size() - passed).append(" failed\n");
        return text.toString();
    }

    private static String join(List<String> rules) {
        return rules.isEmpty() ? NONE : String.join(", ", rules);
    }
}
