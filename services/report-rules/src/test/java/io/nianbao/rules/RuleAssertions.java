package io.nianbao.rules;

import io.nianbao.model.Finding;
import io.nianbao.model.Report;
import io.nianbao.model.Severity;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared helpers: run the engine and pick findings of one rule. */
final class RuleAssertions {

    static final RuleEngine ENGINE = new RuleEngine();

    private RuleAssertions() {
    }

    static Evaluation evaluate(Report report) {
        return ENGINE.evaluate(report, ValidationContext.none());
    }

    static Evaluation evaluate(Report report, ValidationContext context) {
        return ENGINE.evaluate(report, context);
    }

    static List<Finding> findings(Evaluation e, String rule) {
        return e.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** Exactly one finding of the rule; returns it. */
    static Finding single(Evaluation e, String rule) {
        List<Finding> found = findings(e, rule);
        assertEquals(1, found.size(), () -> "expected one " + rule + " finding, got:\n" + describe(e));
        return found.get(0);
    }

    static RuleStatus status(Evaluation e, String rule) {
        return e.outcome(rule).orElseThrow().status();
    }

    static void assertNoErrors(Evaluation e) {
        assertTrue(e.findings().stream().noneMatch(Finding::isError), () -> describe(e));
    }

    static void assertNoFindings(Evaluation e, String rule) {
        assertEquals(List.of(), findings(e, rule), () -> describe(e));
    }

    static void assertFinding(Finding f, String rule, Severity severity) {
        assertEquals(rule, f.rule());
        assertEquals(severity, f.severity());
        assertEquals(Finding.fingerprint(f.rule(), f.cells(), f.expected(), f.actual()), f.fingerprint());
    }

    static String describe(Evaluation e) {
        return e.findings().stream().map(f -> f.rule() + " " + f.cells() + " " + f.message())
                .collect(Collectors.joining("\n"));
    }
}
