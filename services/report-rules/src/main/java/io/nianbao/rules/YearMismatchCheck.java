package io.nianbao.rules;

import io.nianbao.model.Report;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YEAR-MISMATCH: the report's year (from its title) must equal the expected reporting year, and a statistics
 * period stated in the text (统计期限为2023年1月1日至12月31日) must cover that year.
 */
final class YearMismatchCheck implements Check {

    private static final Pattern PERIOD = Pattern.compile(
            "统计(?:期限|期间|时限|时间|周期|区间|时段)[^。；\\n]{0,12}?((?:19|20)\\d{2})\\s*年\\s*0?1\\s*月\\s*0?1\\s*日"
                    + "\\s*(?:起)?\\s*(?:至|到|—|－|-|~|～)\\s*(?:((?:19|20)\\d{2})\\s*年\\s*)?12\\s*月\\s*31\\s*日");

    @Override
    public String ruleId() {
        return "YEAR-MISMATCH";
    }

    @Override
    public void run(Report report, ValidationContext context, RuleRun run) {
        Integer year = report.year();
        if (year == null) {
            run.notAssessable("report states no year");
            return;
        }
        if (context.expectedYear() == null) {
            run.notAssessable("no expected year in context");
        } else if (!run.check(year.equals(context.expectedYear()))) {
            run.fail(Map.of("expected", context.expectedYear(), "actual", year), List.of("year"),
                    context.expectedYear(), year);
        }
        boolean periodFound = false;
        for (int n = 0; n <= 6 && !periodFound; n++) {
            // the statistics period is usually stated in the preamble, else in section 1
            String text = n == 0 ? report.preamble() : ReportParts.text(report, n);
            if (text == null) {
                continue;
            }
            Matcher m = PERIOD.matcher(text);
            if (m.find()) {
                periodFound = true;
                int start = Integer.parseInt(m.group(1));
                int end = m.group(2) == null ? start : Integer.parseInt(m.group(2));
                if (run.check(start == year && end == year)) {
                    continue;
                }
                int stated = start != year ? start : end;
                run.fail("period", Map.of("expected", year, "actual", stated, "quote", m.group().trim()),
                        List.of("year", n == 0 ? "preamble" : "sections." + n + ".text"), year, stated);
            }
        }
        if (!periodFound) {
            run.notAssessable("no statistics period stated");
        }
    }
}
