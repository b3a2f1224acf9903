package io.nianbao.rules;

import io.nianbao.model.Report;

import java.util.List;
import java.util.Map;

/** TABLE-MISSING: Tables 2, 3 and 4 must be present. */
final class TableMissingCheck implements Check {

    @Override
    public String ruleId() {
        return "TABLE-MISSING";
    }

    @Override
    public void run(Report report, ValidationContext context, RuleRun run) {
        check(run, ReportParts.activeDisclosure(report) != null, Labels.TABLE2, "主动公开政府信息情况",
                "activeDisclosure");
        check(run, ReportParts.applications(report) != null, Labels.TABLE3, "收到和处理政府信息公开申请情况",
                "applications");
        check(run, ReportParts.reviewLitigation(report) != null, Labels.TABLE4, "政府信息公开行政复议、行政诉讼情况",
                "reviewLitigation");
    }

    private static void check(RuleRun run, boolean present, String table, String title, String path) {
        if (!run.check(present)) {
            run.fail(Map.of("table", table, "title", title), List.of(path), table, null);
        }
    }
}
