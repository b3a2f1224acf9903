package io.nianbao.rules;

import io.nianbao.model.Applications;
import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;
import io.nianbao.rules.NarrativeStatements.Statement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TEXT-TABLE-MISMATCH: counts stated in sections 1, 3 and 4 (see {@link NarrativeStatements}) must agree with
 * Table 3 or Table 4. A statement about new applications also agrees when it equals new plus carried-over ones.
 */
final class TextTableMismatchCheck implements Check {

    @Override
    public String ruleId() {
        return "TEXT-TABLE-MISMATCH";
    }

    @Override
    public void run(Report report, ValidationContext context, RuleRun run) {
        Map<Integer, String> sections = new LinkedHashMap<>();
        for (int n : new int[] {1, 3, 4}) {
            sections.put(n, ReportParts.text(report, n));
        }
        List<Statement> statements = NarrativeStatements.find(sections, report.year());
        if (statements.isEmpty()) {
            run.notAssessable("no count stated in the narrative");
            return;
        }
        Applications t3 = ReportParts.applications(report);
        ReviewLitigation t4 = ReportParts.reviewLitigation(report);
        for (Statement st : statements) {
            compare(st, t3, t4, run);
        }
    }

    private static void compare(Statement st, Applications t3, ReviewLitigation t4, RuleRun run) {
        int total = Applications.TOTAL;
        String table;
        String row;
        String column;
        List<String> cells;
        Integer actual;
        Integer alternative = null;
        switch (st.target()) {
            case NEW_RECEIVED -> {
                table = Labels.TABLE3;
                row = Labels.t3Row("newReceived");
                column = "行「总计」列";
                cells = List.of(Applications.path("newReceived", total));
                actual = t3 == null ? null : t3.cell("newReceived", total);
                alternative = t3 == null ? null : sum(actual, t3.cell("carriedOver", total));
            }
            case CARRIED_OVER, CARRIED_FORWARD, GRANTED, PARTIALLY_GRANTED -> {
                String key = switch (st.target()) {
                    case CARRIED_OVER -> "carriedOver";
                    case CARRIED_FORWARD -> "carriedForward";
                    case GRANTED -> "granted";
                    default -> "partiallyGranted";
                };
                table = Labels.TABLE3;
                row = Labels.t3Row(key);
                column = "行「总计」列";
                cells = List.of(Applications.path(key, total));
                actual = t3 == null ? null : t3.cell(key, total);
            }
            case GRANTED_OR_PARTIAL -> {
                table = Labels.TABLE3;
                row = Labels.t3Row("granted") + "」「" + Labels.t3Row("partiallyGranted");
                column = "两行「总计」列之和";
                cells = List.of(Applications.path("granted", total), Applications.path("partiallyGranted", total));
                actual = t3 == null ? null : sum(t3.cell("granted", total), t3.cell("partiallyGranted", total));
            }
            case REVIEW -> {
                table = Labels.TABLE4;
                row = Labels.t4Group("review");
                column = "「总计」";
                cells = List.of(ReviewLitigation.path("review", "total"));
                actual = t4 == null ? null : t4.review().get("total");
            }
            default -> {
                table = Labels.TABLE4;
                row = Labels.t4Group("litigationDirect") + "」「" + Labels.t4Group("litigationAfterReview");
                column = "「总计」之和";
                cells = List.of(ReviewLitigation.path("litigationDirect", "total"),
                        ReviewLitigation.path("litigationAfterReview", "total"));
                actual = t4 == null ? null : sum(t4.litigationDirect().get("total"),
                        t4.litigationAfterReview().get("total"));
            }
        }
        if (actual == null) {
            run.notAssessable("table cell for " + st.target() + " blank or table missing");
            return;
        }
        if (run.check(actual == st.value() || (alternative != null && alternative == st.value()))) {
            return;
        }
        List<String> allCells = new java.util.ArrayList<>(cells);
        allCells.add("sections." + st.section() + ".text");
        run.fail(Map.of("section", Labels.sectionNumber(st.section()), "quote", st.quote(),
                        "expected", st.value(), "table", table, "row", row, "column", column, "actual", actual),
                allCells, st.value(), actual);
    }

    private static Integer sum(Integer a, Integer b) {
        return a == null || b == null ? null : a + b;
    }
}
