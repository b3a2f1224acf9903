package io.nianbao.rules;

import io.nianbao.model.Report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** PUBLISHED-BEFORE-PERIOD-END: the date printed on the report must not be before 31 December of its year. */
final class PublishedBeforePeriodEndCheck implements Check {

    @Override
    public String ruleId() {
        return "PUBLISHED-BEFORE-PERIOD-END";
    }

    @Override
    public void run(Report report, ValidationContext context, RuleRun run) {
        Integer year = report.year() != null ? report.year() : context.expectedYear();
        LocalDate published = report.publishedOn();
        if (year == null || published == null) {
            run.notAssessable(year == null ? "no reporting year" : "report states no date");
            return;
        }
        LocalDate periodEnd = LocalDate.of(year, 12, 31);
        if (run.check(!published.isBefore(periodEnd))) {
            return;
        }
        run.fail(Map.of("actualText", Dates.chinese(published), "expectedText", Dates.chinese(periodEnd),
                        "year", year, "nextYear", year + 1),
                List.of("publishedOn"), periodEnd.toString(), published.toString());
    }
}
