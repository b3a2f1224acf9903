package io.nianbao.rules;

import io.nianbao.model.Applications;
import io.nianbao.model.Report;

import java.util.List;
import java.util.Map;

/** T3-BALANCE: per column, 本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理 (the form's 勾稽关系). */
final class T3BalanceCheck implements Check {

    @Override
    public String ruleId() {
        return "T3-BALANCE";
    }

    @Override
    public void run(Report report, ValidationContext context, RuleRun run) {
        Applications t = ReportParts.applicationsForArithmetic(report);
        if (t == null) {
            run.notAssessable("Table 3 missing");
            return;
        }
        for (int c = 0; c < Applications.COLUMNS.size(); c++) {
            Integer newReceived = t.cell("newReceived", c);
            Integer carriedOver = t.cell("carriedOver", c);
            Integer resultTotal = t.cell("resultTotal", c);
            Integer carriedForward = t.cell("carriedForward", c);
            if (newReceived == null || carriedOver == null || resultTotal == null || carriedForward == null) {
                run.notAssessable("blank or missing cell in column " + Applications.COLUMNS.get(c));
                continue;
            }
            int left = newReceived + carriedOver;
            int right = resultTotal + carriedForward;
            if (run.check(left == right)) {
                continue;
            }
            run.fail(Map.of("column", Labels.t3Column(c), "newReceived", newReceived, "carriedOver", carriedOver,
                            "resultTotal", resultTotal, "carriedForward", carriedForward,
                            "expected", left, "actual", right),
                    List.of(Applications.path("newReceived", c), Applications.path("carriedOver", c),
                            Applications.path("resultTotal", c), Applications.path("carriedForward", c)),
                    left, right);
        }
    }
}
