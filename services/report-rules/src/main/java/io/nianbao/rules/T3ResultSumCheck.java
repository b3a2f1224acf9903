package io.nianbao.rules;

import io.nianbao.model.Applications;
import io.nianbao.model.Report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** T3-RESULT-SUM: per column, （七）总计 equals the sum of the result rows （一）…（六）. */
final class T3ResultSumCheck implements Check {

    @Override
    public String ruleId() {
        return "T3-RESULT-SUM";
    }

    @Override
    public void run(Report report, ValidationContext context, RuleRun run) {
        Applications t = ReportParts.applicationsForArithmetic(report);
        if (t == null) {
            run.notAssessable("Table 3 missing");
            return;
        }
        if (!t.hasRow("resultTotal")) {
            run.notAssessable("row resultTotal missing");
            return;
        }
        List<String> rows = ReportParts.resultRows(t);
        for (int c = 0; c < Applications.COLUMNS.size(); c++) {
            Integer total = t.cell("resultTotal", c);
            Integer sum = 0;
            for (String row : rows) {
                Integer v = t.cell(row, c);
                if (v == null) {
                    sum = null;
                    break;
                }
                sum += v;
            }
            if (total == null || sum == null) {
                run.notAssessable("blank or missing result cell in column " + Applications.COLUMNS.get(c));
                continue;
            }
            if (run.check(total.equals(sum))) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            cells.add(Applications.path("resultTotal", c));
            for (String row : rows) {
                cells.add(Applications.path(row, c));
            }
            run.fail(Map.of("column", Labels.t3Column(c), "expected", sum, "actual", total), cells, sum, total);
        }
    }
}
