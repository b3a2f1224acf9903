package io.nianbao.rules;

import io.nianbao.model.Report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * PUBLISHED-LATE: the date printed on the report — or, when it states none, the submission time — must not be
 * after the deadline (31 January of the following year, or the province's date from the context).
 */
final class PublishedLateCheck implements Check {

    @Override
    public String ruleId() {
        return "PUBLISHED-LATE";
    }

    @Override
    public void run(Report report, ValidationContext context, RuleRun run) {
        Integer year = report.year() != null ? report.year() : context.expectedYear();
        if (year == null) {
            run.notAssessable("no reporting year");
            return;
        }
        LocalDate deadline = context.deadline().atYear(year + 1);
        LocalDate date;
        String variant;
        List<String> cells;
        if (report.publishedOn() != null) {
            date = report.publishedOn();
            variant = "default";
            cells = List.of("publishedOn");
        } else if (context.submittedAt() != null) {
            date = context.submittedAt().atZone(ValidationContext.ZONE).toLocalDate();
            variant = "submitted";
            cells = List.of("submittedAt");
        } else {
            run.notAssessable("neither a printed date nor a submission time");
            return;
        }
        if (run.check(!date.isAfter(deadline))) {
            return;
        }
        run.fail(variant, Map.of("actualText", Dates.chinese(date), "expectedText", Dates.chinese(deadline),
                "year", year), cells, deadline.toString(), date.toString());
    }
}
