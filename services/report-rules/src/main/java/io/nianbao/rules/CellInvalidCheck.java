package io.nianbao.rules;

import io.nianbao.model.Applications;
import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * CELL-INVALID: every Table 3 and Table 4 cell must be a non-negative integer. Blank cells of one row are
 * reported together; a table whose every cell is blank gets one finding.
 */
final class CellInvalidCheck implements Check {

    static final String EXPECTED = "不小于 0 的整数";

    @Override
    public String ruleId() {
        return "CELL-INVALID";
    }

    @Override
    public void run(Report report, ValidationContext context, RuleRun run) {
        Applications t3 = ReportParts.applications(report);
        if (t3 == null) {
            run.notAssessable("Table 3 missing");
        } else {
            checkTable3(t3, run);
        }
        ReviewLitigation t4 = ReportParts.reviewLitigation(report);
        if (t4 == null) {
            run.notAssessable("Table 4 missing");
        } else {
            checkTable4(t4, run);
        }
    }

    private static void checkTable3(Applications t, RuleRun run) {
        List<String> required = ReportParts.requiredRows(t);
        boolean allBlank = required.stream().filter(t::hasRow)
                .allMatch(r -> IntStream.range(0, 7).allMatch(c -> t.cell(r, c) == null));
        if (allBlank) {
            List<String> cells = new ArrayList<>();
            required.forEach(r -> IntStream.range(0, 7)
                    .forEach(c -> cells.add(Applications.path(r, c))));
            run.fail("tableBlank", Map.of("table", Labels.TABLE3), cells, EXPECTED, null);
            return;
        }
        for (String row : required) {
            if (!t.hasRow(row)) {
                List<String> cells = new ArrayList<>();
                IntStream.range(0, 7).forEach(c -> cells.add(Applications.path(row, c)));
                run.fail("rowMissing", Map.of("table", Labels.TABLE3, "row", Labels.t3Row(row)), cells, EXPECTED,
                        null);
                continue;
            }
            List<String> blankCells = new ArrayList<>();
            List<String> blankNames = new ArrayList<>();
            for (int c = 0; c < 7; c++) {
                Integer v = t.cell(row, c);
                if (v == null) {
                    blankCells.add(Applications.path(row, c));
                    blankNames.add(Labels.t3Column(c));
                } else if (v < 0) {
                    run.fail("negative", Map.of("table", Labels.TABLE3, "row", Labels.t3Row(row),
                                    "column", Labels.t3Column(c), "actual", v),
                            List.of(Applications.path(row, c)), EXPECTED, v);
                } else {
                    run.pass();
                }
            }
            reportBlanks(run, Labels.TABLE3, Labels.t3Row(row), blankCells, blankNames);
        }
    }

    private static void checkTable4(ReviewLitigation t, RuleRun run) {
        for (String group : ReviewLitigation.GROUPS) {
            List<String> blankCells = new ArrayList<>();
            List<String> blankNames = new ArrayList<>();
            for (String key : ReviewLitigation.KEYS) {
                Integer v = t.group(group).get(key);
                if (v == null) {
                    blankCells.add(ReviewLitigation.path(group, key));
                    blankNames.add(Labels.t4Key(key));
                } else if (v < 0) {
                    run.fail("negative", Map.of("table", Labels.TABLE4, "row", Labels.t4Group(group),
                                    "column", Labels.t4Key(key), "actual", v),
                            List.of(ReviewLitigation.path(group, key)), EXPECTED, v);
                } else {
                    run.pass();
                }
            }
            reportBlanks(run, Labels.TABLE4, Labels.t4Group(group), blankCells, blankNames);
        }
    }

    private static void reportBlanks(RuleRun run, String table, String row, List<String> cells, List<String> names) {
        if (cells.isEmpty()) {
            return;
        }
        String columns = "「" + String.join("」「", names) + "」" + (table.equals(Labels.TABLE3) ? "列" : "栏");
        run.fail(Map.of("table", table, "row", row, "columns", columns), cells, EXPECTED, null);
    }
}
