package io.nianbao.rules;

import io.nianbao.corpus.CommittedCorpus;
import io.nianbao.corpus.CorpusCase;
import io.nianbao.corpus.CorpusGenerator;
import io.nianbao.corpus.Injection;
import io.nianbao.corpus.Layout;
import io.nianbao.corpus.Patterns;
import io.nianbao.corpus.Renderer;
import io.nianbao.corpus.Rendering;
import io.nianbao.model.Finding;
import io.nianbao.model.Report;
import io.nianbao.parser.ParseOutcome;
import io.nianbao.parser.ReportParser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule engine against the generated corpus (report-corpus): clean reports and reports with one injected
 * error each, first as truth (the canonical report itself), then as parsed from their renderings in every
 * layout and from the committed LibreOffice docx/doc/pdf files. Every injected error must be found by its rule,
 * and no rule may fire that was not injected (a clean report gets no finding at all). Prints precision and
 * recall per rule, and the wrong verdicts per real-world pattern ({@link Patterns}) so that they can be put down
 * to the pattern that causes them.
 */
class CorpusRuleQualityTest {

    private static final int TRUTH_REPORTS = 450;
    private static final int PARSED_REPORTS = 150;
    private static final long SEED = 4242L;

    private final RuleEngine engine = new RuleEngine();
    private final ReportParser parser = new ReportParser();
    /** Per pattern: reports seen, reports with a wrong verdict, wrong verdicts by "MISSED/UNEXPECTED rule". */
    private final Map<String, Map<String, Integer>> byPattern = new TreeMap<>();

    /** True positives, false negatives and false positives of one rule. */
    private static final class Score {
        int injected;
        int tp;
        int fn;
        int fp;
    }

    @Test
    void injectedErrorsAreFoundAndCleanReportsPass() {
        CorpusGenerator generator = new CorpusGenerator(SEED);
        Renderer renderer = new Renderer();
        Injection[] injections = Injection.values();
        List<String> problems = new ArrayList<>();

        Map<String, Score> truthScores = new TreeMap<>();
        for (int i = 0; i < TRUTH_REPORTS; i++) {
            CorpusCase c = generator.generate(i, injections[i % injections.length]);
            score(c, "truth", c.truth(), truthScores, problems);
        }

        Map<String, Score> parsedScores = new TreeMap<>();
        Layout[] layouts = Layout.values();
        for (int i = 0; i < PARSED_REPORTS; i++) {
            CorpusCase c = generator.generate(10_000 + i, injections[i % injections.length]);
            Rendering file = renderer.render(c, layouts[(i / injections.length) % layouts.length]);
            score(c, file.fileName(), parse(file), parsedScores, problems);
        }
        for (CommittedCorpus.Entry e : CommittedCorpus.load()) {
            for (Rendering file : e.files().values()) {
                score(e.corpusCase(), file.fileName(), parse(file), parsedScores, problems);
            }
        }

        print("Rules on the truth reports (" + TRUTH_REPORTS + ")", truthScores);
        print("Rules on parsed renderings (" + PARSED_REPORTS + " generated + committed docx/doc/pdf)", parsedScores);
        printPatterns();
        problems.stream().limit(40).forEach(System.out::println);
        assertTrue(problems.isEmpty(), () -> problems.size() + " wrong verdicts, first: "
                + String.join("\n", problems.subList(0, Math.min(15, problems.size()))));
    }

    private Report parse(Rendering file) {
        ParseOutcome outcome = parser.parse(file.fileName(), file.bytes());
        return outcome.readable() ? outcome.report() : null;
    }

    private void score(CorpusCase c, String where, Report report, Map<String, Score> scores, List<String> problems) {
        int before = problems.size();
        verdicts(c, where, report, scores, problems);
        for (String tag : Patterns.of(c)) {
            Map<String, Integer> tally = byPattern.computeIfAbsent(tag, k -> new TreeMap<>());
            tally.merge(" reports", 1, Integer::sum);
            tally.merge(" wrong", problems.size() > before ? 1 : 0, Integer::sum);
            for (String p : problems.subList(before, problems.size())) {
                tally.merge(p.substring(0, p.indexOf(" in ")), 1, Integer::sum);
            }
        }
    }

    private void printPatterns() {
        StringBuilder b = new StringBuilder("\nWrong verdicts by pattern (truth and parsed; a report counts under each"
                + " of its patterns)\n");
        byPattern.forEach((tag, tally) -> {
            Map<String, Integer> rest = new TreeMap<>(tally);
            int reports = rest.remove(" reports");
            int wrong = rest.remove(" wrong");
            b.append(String.format("%-18s %5d reports %5d wrong  %s%n", tag, reports, wrong, rest));
        });
        System.out.println(b);
    }

    private void verdicts(CorpusCase c, String where, Report report, Map<String, Score> scores,
                          List<String> problems) {
        Set<String> expected = c.expectedRules();
        List<Finding> findings = report == null ? List.of(engine.unreadable("parse failed"))
                : engine.validate(report, ValidationContext.none());
        Set<String> found = new TreeSet<>();
        findings.forEach(f -> found.add(f.rule()));
        Function<String, Score> score = rule -> scores.computeIfAbsent(rule, k -> new Score());
        for (String rule : expected) {
            Score s = score.apply(rule);
            s.injected++;
            if (found.contains(rule)) {
                s.tp++;
            } else {
                s.fn++;
                problems.add("MISSED " + rule + " in " + c.id() + " (" + where + ", " + c.variation().tag() + ")");
            }
        }
        for (Finding f : findings) {
            if (!expected.contains(f.rule())) {
                score.apply(f.rule()).fp++;
                problems.add("UNEXPECTED " + f.rule() + " in " + c.id() + " (" + where + ", " + c.variation().tag()
                        + "): " + f.message());
            }
        }
    }

    private static void print(String title, Map<String, Score> scores) {
        StringBuilder b = new StringBuilder("\n" + title + "\n");
        b.append(String.format("%-28s %8s %5s %5s %5s %10s %8s%n", "rule", "injected", "TP", "FN", "FP",
                "precision", "recall"));
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            Score s = e.getValue();
            b.append(String.format("%-28s %8d %5d %5d %5d %10s %8s%n", e.getKey(), s.injected, s.tp, s.fn, s.fp,
                    ratio(s.tp, s.tp + s.fp), ratio(s.tp, s.tp + s.fn)));
        }
        System.out.println(b);
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "n/a" : String.format("%.1f%%", 100.0 * a / b);
    }
}
