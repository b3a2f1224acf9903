package io.nianbao.rules;

import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;

import java.util.List;
import java.util.Map;

/** T4-SUM: in each Table 4 group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
final class T4SumCheck implements Check {

    private static final List<String> PARTS = List.of("upheld", "corrected", "other", "pending");

    @Override
    public String ruleId() {
        return "T4-SUM";
    }

    @Override
    public void run(Report report, ValidationContext context, RuleRun run) {
        ReviewLitigation t = ReportParts.reviewLitigationForArithmetic(report);
        if (t == null) {
            run.notAssessable("Table 4 missing");
            return;
        }
        for (String group : ReviewLitigation.GROUPS) {
            Map<String, Integer> values = t.group(group);
            Integer total = values.get("total");
            Integer sum = 0;
            for (String key : PARTS) {
                Integer v = values.get(key);
                if (v == null) {
                    sum = null;
                    break;
                }
                sum += v;
            }
            if (total == null || sum == null) {
                run.notAssessable("blank cell in group " + group);
                continue;
            }
            if (run.check(total.equals(sum))) {
                continue;
            }
            run.fail(Map.of("group", Labels.t4Group(group), "expected", sum, "actual", total),
                    List.of(ReviewLitigation.path(group, "total"), ReviewLitigation.path(group, "upheld"),
                            ReviewLitigation.path(group, "corrected"), ReviewLitigation.path(group, "other"),
                            ReviewLitigation.path(group, "pending")),
                    sum, total);
        }
    }
}
