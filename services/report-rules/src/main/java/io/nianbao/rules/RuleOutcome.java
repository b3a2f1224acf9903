package io.nianbao.rules;

import io.nianbao.model.Severity;

import java.util.List;

/**
 * What one rule concluded on one report: its status and how many items (columns, rows, groups, statements…) it
 * passed, failed, or could not assess, with the reasons for the latter.
 */
public record RuleOutcome(String rule, Severity severity, RuleStatus status, int passed, int failed,
                          int notAssessable, List<String> reasons) {

    public RuleOutcome {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** Items the rule looked at. */
    public int items() {
        return passed + failed + notAssessable;
    }
}
