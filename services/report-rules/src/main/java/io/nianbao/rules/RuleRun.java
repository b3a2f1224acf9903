package io.nianbao.rules;

import io.nianbao.model.Finding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects what one rule finds on one report: passes, failures (as findings) and items it could not assess. */
final class RuleRun {

    private final RuleDefinition definition;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> reasons = new LinkedHashSet<>();
    private int passed;
    private int notAssessable;

    RuleRun(RuleDefinition definition) {
        this.definition = definition;
    }

    RuleDefinition definition() {
        return definition;
    }

    void pass() {
        passed++;
    }

    /** Records one item that could not be assessed, with a short reason for operators. */
    void notAssessable(String reason) {
        notAssessable++;
        reasons.add(reason);
    }

    /** Records a check of one item: pass when {@code ok}, otherwise nothing (the caller reports the failure). */
    boolean check(boolean ok) {
        if (ok) {
            passed++;
        }
        return ok;
    }

    void fail(Map<String, ?> params, List<String> cells, Object expected, Object actual) {
        fail("default", params, cells, expected, actual);
    }

    void fail(String variant, Map<String, ?> params, List<String> cells, Object expected, Object actual) {
        String message = MessageTemplate.format(definition.template(variant), params);
        findings.add(Finding.of(definition.id(), definition.severity(), message, cells, expected, actual));
    }

    List<Finding> findings() {
        return findings;
    }

    RuleOutcome outcome() {
        int failed = findings.size();
        RuleStatus status;
        if (failed > 0) {
            status = RuleStatus.FAIL;
        } else if (notAssessable > 0 || passed == 0) {
            status = RuleStatus.NOT_ASSESSABLE;
        } else {
            status = RuleStatus.PASS;
        }
        List<String> why = new ArrayList<>(reasons);
        if (failed == 0 && passed == 0 && notAssessable == 0) {
            why.add("nothing to check");
        }
        return new RuleOutcome(definition.id(), definition.severity(), status, passed, failed, notAssessable, why);
    }
}
