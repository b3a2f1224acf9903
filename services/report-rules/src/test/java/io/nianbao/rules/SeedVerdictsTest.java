package io.nianbao.rules;

import io.nianbao.model.Finding;
import io.nianbao.model.Severity;
import io.nianbao.model.Verdict;
import io.nianbao.parser.ParseOutcome;
import io.nianbao.parser.ReportParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance verdicts on the five real seed reports, parsed by report-parser from
 * {@code <repo root>/../shared/seeds}. Skipped when that folder is absent (a user's clone).
 */
class SeedVerdictsTest {

    private static Path seeds;
    private static final RuleEngine ENGINE = new RuleEngine();
    private static final ReportParser PARSER = new ReportParser();

    @BeforeAll
    static void locateSeeds() {
        Path dir = Path.of("").toAbsolutePath();
        Path found = null;
        for (Path p = dir; p != null && found == null; p = p.getParent()) {
            Path candidate = p.resolve("../shared/seeds").normalize();
            if (Files.exists(p.resolve("mvnw")) && Files.isDirectory(candidate)) {
                found = candidate;
            }
        }
        seeds = found;
    }

    private static Evaluation evaluate(String prefix) throws IOException {
        Assumptions.assumeTrue(seeds != null, "seed reports not available (../shared/seeds)");
        Optional<Path> file;
        try (Stream<Path> files = Files.list(seeds)) {
            file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst();
        }
        Assumptions.assumeTrue(file.isPresent(), "seed " + prefix + " not available");
        ParseOutcome outcome = PARSER.parse(file.get().getFileName().toString(), Files.readAllBytes(file.get()));
        assertTrue(outcome.readable(), "seed " + prefix + " should parse: " + outcome.unreadableReason());
        return ENGINE.evaluate(outcome.report(), ValidationContext.none());
    }

    private static Set<String> rules(Evaluation e, Severity severity) {
        return e.findings().stream().filter(f -> f.severity() == severity).map(Finding::rule)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String describe(Evaluation e) {
        return e.findings().stream().map(f -> f.rule() + " " + f.message()).collect(Collectors.joining("\n"));
    }

    @Test
    void seed000PassesWithOverviewIncompleteWarning() throws IOException {
        Evaluation e = evaluate("000_");
        assertEquals(Verdict.PASSED, e.verdict(), describe(e));
        assertEquals(Set.of(), rules(e, Severity.ERROR), describe(e));
        // section 1 reports business results; section 6 says only "无。"
        assertEquals(Set.of("OVERVIEW-INCOMPLETE", "SECTION-EMPTY"), rules(e, Severity.WARNING), describe(e));
    }

    @Test
    void seed001Passes() throws IOException {
        Evaluation e = evaluate("001_");
        assertEquals(Verdict.PASSED, e.verdict(), describe(e));
        assertEquals(Set.of(), rules(e, Severity.WARNING), describe(e));
    }

    @Test
    void seed002Passes() throws IOException {
        Evaluation e = evaluate("002_");
        assertEquals(Verdict.PASSED, e.verdict(), describe(e));
        assertEquals(Set.of(), rules(e, Severity.WARNING), describe(e));
    }

    @Test
    void seed003FailsOnTemplateAndTable3Arithmetic() throws IOException {
        Evaluation e = evaluate("003_");
        assertEquals(Verdict.FAILED, e.verdict());
        assertEquals(Set.of("TEMPLATE-OUTDATED", "T3-ROW-TOTAL", "T3-RESULT-SUM"), rules(e, Severity.ERROR),
                describe(e));
        assertEquals(Set.of(), rules(e, Severity.WARNING), describe(e));
        Finding rowTotal = e.findings().stream().filter(f -> f.rule().equals("T3-ROW-TOTAL")).findFirst().orElseThrow();
        assertEquals("applications.unavailable.notHeld.total", rowTotal.cells().get(0));
        assertEquals(1, rowTotal.expected());
        assertEquals(0, rowTotal.actual());
        List<Finding> resultSum = e.findings().stream().filter(f -> f.rule().equals("T3-RESULT-SUM")).toList();
        assertEquals(1, resultSum.size(), describe(e));
        assertEquals("applications.resultTotal.naturalPerson", resultSum.get(0).cells().get(0));
        assertEquals(e.outcome("TEXT-TABLE-MISMATCH").orElseThrow().status(), RuleStatus.PASS, describe(e));
    }

    @Test
    void seed004FailsOnlyOnDateBeforePeriodEnd() throws IOException {
        Evaluation e = evaluate("004_");
        assertEquals(Verdict.FAILED, e.verdict());
        assertEquals(Set.of("PUBLISHED-BEFORE-PERIOD-END"), rules(e, Severity.ERROR), describe(e));
        assertEquals(Set.of(), rules(e, Severity.WARNING), describe(e));
        Finding f = e.findings().stream().filter(x -> x.rule().equals("PUBLISHED-BEFORE-PERIOD-END"))
                .findFirst().orElseThrow();
        assertEquals("2023-12-31", f.expected());
        assertEquals("2023-01-26", f.actual());
        assertEquals(RuleStatus.PASS, e.outcome("TEXT-TABLE-MISMATCH").orElseThrow().status(), describe(e));
    }
}
