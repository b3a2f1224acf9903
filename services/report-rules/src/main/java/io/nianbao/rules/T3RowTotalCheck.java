package io.nianbao.rules;

import io.nianbao.model.Applications;
import io.nianbao.model.Report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** T3-ROW-TOTAL: in every Table 3 row, 总计 equals the sum of the six applicant columns. */
final class T3RowTotalCheck implements Check {

    @Override
    public String ruleId() {
        return "T3-ROW-TOTAL";
    }

    @Override
    public void run(Report report, ValidationContext context, RuleRun run) {
        Applications t = ReportParts.applicationsForArithmetic(report);
        if (t == null) {
            run.notAssessable("Table 3 missing");
            return;
        }
        for (String row : Applications.ROWS) {
            if (!t.hasRow(row)) {
                continue;
            }
            Integer total = t.cell(row, Applications.TOTAL);
            Integer sum = 0;
            for (int c = 0; c < Applications.TOTAL && sum != null; c++) {
                Integer v = t.cell(row, c);
                sum = v == null ? null : sum + v;
            }
            if (total == null || sum == null) {
                run.notAssessable("blank cell in row " + row);
                continue;
            }
            if (run.check(total.equals(sum))) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            cells.add(Applications.path(row, Applications.TOTAL));
            for (int c = 0; c < Applications.TOTAL; c++) {
                cells.add(Applications.path(row, c));
            }
            run.fail(Map.of("row", Labels.t3Row(row), "expected", sum, "actual", total), cells, sum, total);
        }
    }
}
