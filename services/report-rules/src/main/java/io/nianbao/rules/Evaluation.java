package io.nianbao.rules;

import io.nianbao.model.Finding;
import io.nianbao.model.Verdict;

import java.util.List;
import java.util.Optional;

/** Findings plus the per-rule outcomes of one validation run, and the catalogue version it ran with. */
public record Evaluation(String catalogueVersion, List<Finding> findings, List<RuleOutcome> outcomes) {

    public Evaluation {
        findings = List.copyOf(findings);
        outcomes = List.copyOf(outcomes);
    }

    /** FAILED when any finding is an error. */
    public Verdict verdict() {
        return Verdict.of(findings);
    }

    public Optional<RuleOutcome> outcome(String rule) {
        return outcomes.stream().filter(o -> o.rule().equals(rule)).findFirst();
    }

    /** Rules that could actually be assessed (passed or failed at least one item). */
    public long assessedRules() {
        return outcomes.stream().filter(o -> o.passed() + o.failed() > 0).count();
    }
}
