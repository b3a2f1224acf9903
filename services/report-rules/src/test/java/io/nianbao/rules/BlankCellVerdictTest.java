package io.nianbao.rules;

import io.nianbao.corpus.CorpusCase;
import io.nianbao.corpus.CorpusGenerator;
import io.nianbao.corpus.Injection;
import io.nianbao.corpus.Layout;
import io.nianbao.corpus.Renderer;
import io.nianbao.corpus.Rendering;
import io.nianbao.corpus.Variation;
import io.nianbao.model.Applications;
import io.nianbao.model.Finding;
import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;
import io.nianbao.model.Severity;
import io.nianbao.parser.ParseOutcome;
import io.nianbao.parser.ReportParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A clean report whose only defect is one blank cell must fail with CELL-INVALID naming that cell and nothing
 * else: a blank cell stays in its own column in every format, so no neighbour moves into it and the sums that
 * depend on it are not assessable (no T3-RESULT-SUM / T3-ROW-TOTAL / T3-BALANCE / T4-SUM accusation).
 * Every Table 3 column position of several rows and every Table 4 position are blanked in turn and the report
 * is rendered in every corpus layout (tab rows with merged cells as empty cells, GB18030, one cell per line,
 * pipe rows with {@code | |} gaps, Markdown, HTML with rowspan/colspan, docx written with POI XWPF with
 * gridSpan/vMerge) and in two flattenings of published web pages ({@code a | b |} rows with merged cells
 * dropped, with and without a leading pipe).
 */
class BlankCellVerdictTest {

    private static final long SEED = 90_909L;
    private static final List<String> ROWS = List.of(
            "newReceived", "granted", "partiallyGranted", "withheld.stateSecret", "notProcessed.confirmation",
            "otherHandling.other", "resultTotal", "carriedForward");

    private final CorpusGenerator generator = new CorpusGenerator(SEED);
    private final Renderer renderer = new Renderer();
    private final ReportParser parser = new ReportParser();
    private final RuleEngine engine = new RuleEngine();

    /** A clean 2021-format case with non-zero counts, so that a shifted value would be visible. */
    private int cleanCaseIndex() {
        for (int i = 0; i < 200; i++) {
            CorpusCase c = generator.generate(i, Injection.NONE, Variation.plain());
            Applications t = c.truth().tables().applications();
            if ("2021".equals(c.truth().template()) && t.cell("newReceived", Applications.TOTAL) >= 6
                    && t.cell("granted", Applications.TOTAL) > 0) {
                return i;
            }
        }
        throw new IllegalStateException("no clean case with counts");
    }

    @Test
    void oneBlankTable3CellGivesOneCellInvalidInEveryLayout() {
        int index = cleanCaseIndex();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String row : ROWS) {
            for (int column = 0; column < Applications.COLUMNS.size(); column++) {
                int col = column;
                CorpusCase c = blanked(index, t -> t.applications().rows().get(row).set(col, null));
                checked += checkEveryLayout(c, Applications.path(row, col), problems);
            }
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " wrong verdicts:\n"
                + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
        assertTrue(checked >= ROWS.size() * 7 * 9, "every row × column × layout checked: " + checked);
    }

    @Test
    void oneBlankTable4CellGivesOneCellInvalidInEveryLayout() {
        int index = cleanCaseIndex();
        List<String> problems = new ArrayList<>();
        for (String group : ReviewLitigation.GROUPS) {
            for (String key : ReviewLitigation.KEYS) {
                CorpusCase c = blanked(index, t -> t.reviewLitigation().group(group).put(key, null));
                checkEveryLayout(c, ReviewLitigation.path(group, key), problems);
            }
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " wrong verdicts:\n"
                + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
    }

    @Test
    void theCleanCaseItselfPassesInEveryLayout() {
        CorpusCase c = generator.generate(cleanCaseIndex(), Injection.NONE, Variation.plain());
        List<String> problems = new ArrayList<>();
        for (Rendering file : renderings(c)) {
            List<Finding> findings = findings(file);
            if (!findings.isEmpty()) {
                problems.add(file.fileName() + ": " + describe(findings));
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    private CorpusCase blanked(int index, Consumer<io.nianbao.model.Tables> blank) {
        CorpusCase c = generator.generate(index, Injection.NONE, Variation.plain());
        blank.accept(c.truth().tables());
        return c;
    }

    private int checkEveryLayout(CorpusCase c, String cell, List<String> problems) {
        int n = 0;
        for (Rendering file : renderings(c)) {
            n++;
            List<Finding> findings = findings(file);
            List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
            boolean ok = findings.size() == 1 && errors.size() == 1
                    && errors.get(0).rule().equals("CELL-INVALID") && errors.get(0).cells().equals(List.of(cell));
            if (!ok) {
                problems.add(cell + " blank in " + file.fileName() + " → " + describe(findings));
            }
        }
        return n;
    }

    private List<Rendering> renderings(CorpusCase c) {
        List<Rendering> out = new ArrayList<>();
        for (Layout layout : Layout.values()) {
            out.add(renderer.render(c, layout));
        }
        String perLine = new String(renderer.render(c, Layout.TXT_CELL_PER_LINE).bytes(), StandardCharsets.UTF_8);
        out.add(new Rendering(c.id() + ".published-pipe.txt",
                publishedPipe(perLine, false).getBytes(StandardCharsets.UTF_8), "published-pipe"));
        out.add(new Rendering(c.id() + ".published-pipe-leading.txt",
                publishedPipe(perLine, true).getBytes(StandardCharsets.UTF_8), "published-pipe-leading"));
        return out;
    }

    /**
     * A web page's table copied out as text: each row's printed cells (merged slots dropped, a blank cell kept
     * as an empty cell) joined by " | " and ended by " |", as the one-cell-per-line rendering lists them.
     */
    static String publishedPipe(String cellPerLine, boolean leadingPipe) {
        StringBuilder out = new StringBuilder();
        List<String> cells = new ArrayList<>();
        for (String line : (cellPerLine + "\n").split("\n", -1)) {
            if (line.startsWith("\t")) {
                cells.add(line.substring(1).strip());
                continue;
            }
            if (!cells.isEmpty()) {
                out.append(leadingPipe ? "| " : "").append(String.join(" | ", cells)).append(" |\n");
                cells.clear();
            }
            if (!line.isBlank()) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private List<Finding> findings(Rendering file) {
        ParseOutcome outcome = parser.parse(file.fileName(), file.bytes());
        if (!outcome.readable()) {
            return List.of(engine.unreadable(outcome.unreadableReason()));
        }
        Report report = outcome.report();
        return engine.validate(report, ValidationContext.none());
    }

    private static String describe(List<Finding> findings) {
        Map<String, List<String>> byRule = new LinkedHashMap<>();
        findings.forEach(f -> byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).addAll(f.cells()));
        return byRule.entrySet().stream()
                .map(e -> e.getKey() + (e.getValue().size() > 3
                        ? "[" + e.getValue().get(0) + " … " + e.getValue().size() + " cells]"
                        : e.getValue().toString()))
                .collect(Collectors.joining("; "));
    }
}
