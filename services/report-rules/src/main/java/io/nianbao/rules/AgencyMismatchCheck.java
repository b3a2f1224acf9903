package io.nianbao.rules;

import io.nianbao.model.Report;

import java.util.List;
import java.util.Map;

/** AGENCY-MISMATCH: the agency named in the report must be the registered submitting agency (fuzzy match). */
final class AgencyMismatchCheck implements Check {

    @Override
    public String ruleId() {
        return "AGENCY-MISMATCH";
    }

    @Override
    public void run(Report report, ValidationContext context, RuleRun run) {
        String registered = context.registeredAgency();
        if (registered == null || registered.isBlank()) {
            run.notAssessable("no registered agency in context");
            return;
        }
        if (report.agency() == null || report.agency().isBlank()) {
            run.notAssessable("report names no agency");
            return;
        }
        if (run.check(AgencyNames.sameAgency(registered, report.agency()))) {
            return;
        }
        run.fail(Map.of("expected", registered.strip(), "actual", report.agency().strip()), List.of("agency"),
                registered.strip(), report.agency().strip());
    }
}
