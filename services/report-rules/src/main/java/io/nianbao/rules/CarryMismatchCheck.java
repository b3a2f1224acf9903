package io.nianbao.rules;

import io.nianbao.model.Applications;
import io.nianbao.model.Report;

import java.util.List;
import java.util.Map;

/**
 * CARRY-MISMATCH: per column, this year's 二、上年结转 equals 四、结转下年度继续办理 in the same agency's report
 * of the previous year (given in the context).
 */
final class CarryMismatchCheck implements Check {

    @Override
    public String ruleId() {
        return "CARRY-MISMATCH";
    }

    @Override
    public void run(Report report, ValidationContext context, RuleRun run) {
        Report previous = context.previousYearReport();
        if (previous == null) {
            run.notAssessable("no previous-year report in context");
            return;
        }
        if (report.year() != null && previous.year() != null && previous.year() != report.year() - 1) {
            run.notAssessable("context report is not of the previous year");
            return;
        }
        Applications now = ReportParts.applications(report);
        Applications before = ReportParts.applications(previous);
        if (now == null || before == null) {
            run.notAssessable("Table 3 missing");
            return;
        }
        int previousYear = previous.year() != null ? previous.year()
                : report.year() != null ? report.year() - 1 : 0;
        for (int c = 0; c < Applications.COLUMNS.size(); c++) {
            Integer carriedOver = now.cell("carriedOver", c);
            Integer carriedForward = before.cell("carriedForward", c);
            if (carriedOver == null || carriedForward == null) {
                run.notAssessable("blank cell in column " + Applications.COLUMNS.get(c));
                continue;
            }
            if (run.check(carriedOver.equals(carriedForward))) {
                continue;
            }
            run.fail(Map.of("column", Labels.t3Column(c), "actual", carriedOver, "expected", carriedForward,
                            "previousYear", previousYear == 0 ? "上一" : previousYear),
                    List.of(Applications.path("carriedOver", c)), carriedForward, carriedOver);
        }
    }
}
