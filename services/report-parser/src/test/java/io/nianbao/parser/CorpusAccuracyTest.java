package io.nianbao.parser;

import io.nianbao.corpus.CommittedCorpus;
import io.nianbao.corpus.CorpusCase;
import io.nianbao.corpus.CorpusGenerator;
import io.nianbao.corpus.Injection;
import io.nianbao.corpus.Layout;
import io.nianbao.corpus.Patterns;
import io.nianbao.corpus.Renderer;
import io.nianbao.corpus.Rendering;
import io.nianbao.model.ActiveDisclosure;
import io.nianbao.model.Applications;
import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parser against the generated corpus (report-corpus): reports drawn with known truth — both templates,
 * zero and non-zero tables, injected errors, the variations real reports show — rendered in every text, HTML
 * and docx layout, plus the committed LibreOffice docx/doc/pdf files. Every Table 3/4 cell and the agency,
 * year, template and publication date must come out exactly; the accuracy per format is printed and anything
 * below 100 % fails. Table 2 accuracy is printed as well, and a wrong Table 2 cell fails too. Two more tables
 * tally the same per real-world pattern ({@link Patterns}: chrome-before, blank-t3-total, t2split, format-2019 …),
 * with the kinds of items that went wrong: over the random corpus (a file counts under each of its patterns) and
 * over cases that exercise one pattern alone, so a failure can be put down to its pattern. Extra cases with blank
 * cells make sure every format meets blank cells in every column position. Run with
 * {@code -Dcorpus.failures=FILE} to get every wrong item in FILE.
 */
class CorpusAccuracyTest {

    /** Generated reports per layout. */
    private static final int PER_LAYOUT = 80;
    /** Extra generated reports with blank Table 3/4 cells (CELL_INVALID) per layout. */
    private static final int BLANK_CASES = 12;
    /** Cases per pattern exercised alone (plain look plus one knob), per layout. */
    private static final int ISOLATED = 2;
    private static final long SEED = 20250131L;

    private final ReportParser parser = new ReportParser();

    /** Counts for one format. */
    private static final class Tally {
        int files;
        int exactFiles;
        int items;
        int correct;
        int table2Items;
        int table2Correct;
        /** Wrong items by kind (agency, applications.total, reviewLitigation …). */
        final Map<String, Integer> wrongKinds = new TreeMap<>();
    }

    @Test
    void everyTable3And4CellAndTheHeaderFieldsAreExtractedExactly() throws java.io.IOException {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<String, Tally> patterns = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        CorpusGenerator generator = new CorpusGenerator(SEED);
        Renderer renderer = new Renderer();
        Injection[] injections = Injection.values();
        for (int i = 0; i < PER_LAYOUT + BLANK_CASES; i++) {
            CorpusCase c = generator.generate(i, i < PER_LAYOUT ? injections[i % injections.length]
                    : Injection.CELL_INVALID);
            for (Layout layout : Layout.values()) {
                check(c, renderer.render(c, layout), tallies, patterns, failures);
            }
        }
        for (CommittedCorpus.Entry e : CommittedCorpus.load()) {
            for (Rendering file : e.files().values()) {
                check(e.corpusCase(), file, tallies, patterns, failures);
            }
        }
        Map<String, Tally> alone = new LinkedHashMap<>();
        for (Map.Entry<String, List<CorpusCase>> e : Patterns.isolated(generator, ISOLATED).entrySet()) {
            Tally into = alone.computeIfAbsent(e.getKey(), k -> new Tally());
            for (CorpusCase c : e.getValue()) {
                for (Layout layout : Layout.values()) {
                    Map<String, Tally> one = new LinkedHashMap<>();
                    check(c, renderer.render(c, layout), tallies, one, failures);
                    Tally from = one.get(e.getKey());
                    add(into, from);
                    if (from.exactFiles < from.files) {
                        into.wrongKinds.merge("in " + layout.label(), 1, Integer::sum);
                    }
                }
            }
        }
        print(tallies);
        printPatterns("By pattern (a file counts under each of its patterns)", patterns);
        printPatterns("Each pattern alone (plain look plus that pattern; 'in <layout>' counts inexact files)", alone);
        failures.stream().limit(40).forEach(System.out::println);
        String dump = System.getProperty("corpus.failures");
        if (dump != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(dump), failures);
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " wrong items, first: "
                + String.join("\n", failures.subList(0, Math.min(15, failures.size()))));
    }

    private void check(CorpusCase c, Rendering file, Map<String, Tally> tallies, Map<String, Tally> patterns,
                       List<String> failures) {
        Tally t = tallies.computeIfAbsent(file.layout(), k -> new Tally());
        ParseOutcome outcome = parser.parse(file.fileName(), file.bytes());
        List<String> wrong = new ArrayList<>();
        int[] counts = new int[2];
        Report truth = c.truth();
        Report parsed = outcome.readable() ? outcome.report() : null;
        item(counts, wrong, "agency", truth.agency(), parsed == null ? "UNREADABLE " + outcome.unreadableReason()
                : parsed.agency());
        item(counts, wrong, "year", truth.year(), parsed == null ? null : parsed.year());
        item(counts, wrong, "template", truth.template(), parsed == null ? null : parsed.template());
        item(counts, wrong, "publishedOn", truth.publishedOn(), parsed == null ? null : parsed.publishedOn());
        table3(counts, wrong, truth.tables().applications(), parsed == null ? null : parsed.tables().applications());
        table4(counts, wrong, truth.tables().reviewLitigation(),
                parsed == null ? null : parsed.tables().reviewLitigation());
        int[] t2 = table2(truth.tables().activeDisclosure(), parsed == null ? null : parsed.tables().activeDisclosure(),
                wrong);
        t.files++;
        t.items += counts[0];
        t.correct += counts[1];
        if (wrong.isEmpty()) {
            t.exactFiles++;
        } else {
            wrong.forEach(w -> failures.add(file.fileName() + " [" + c.variation().tag() + "] " + w));
        }
        t.table2Items += t2[0];
        t.table2Correct += t2[1];
        for (String tag : Patterns.of(c)) {
            Tally p = patterns.computeIfAbsent(tag, k -> new Tally());
            p.files++;
            p.items += counts[0];
            p.correct += counts[1];
            p.exactFiles += wrong.isEmpty() ? 1 : 0;
            p.table2Items += t2[0];
            p.table2Correct += t2[1];
            wrong.forEach(w -> p.wrongKinds.merge(kind(w), 1, Integer::sum));
        }
    }

    /** The kind of a wrong item: "agency", "applications.total" (the column), "reviewLitigation.total" …. */
    private static String kind(String wrong) {
        String item = wrong.substring(0, wrong.indexOf(':'));
        if (item.startsWith("applications.") && !item.equals("applications.rows")) {
            return "applications." + item.substring(item.lastIndexOf('.') + 1);
        }
        if (item.startsWith("activeDisclosure")) {
            return "table2";
        }
        if (item.startsWith("reviewLitigation.")) {
            return "reviewLitigation." + item.substring(item.lastIndexOf('.') + 1);
        }
        return item;
    }

    private static void add(Tally into, Tally from) {
        into.files += from.files;
        into.exactFiles += from.exactFiles;
        into.items += from.items;
        into.correct += from.correct;
        into.table2Items += from.table2Items;
        into.table2Correct += from.table2Correct;
        from.wrongKinds.forEach((k, n) -> into.wrongKinds.merge(k, n, Integer::sum));
    }

    private static void printPatterns(String title, Map<String, Tally> patterns) {
        StringBuilder b = new StringBuilder("\n" + title + "\n");
        b.append(String.format("%-34s %6s %6s %7s %9s  %s%n", "pattern", "files", "exact", "wrong", "table 2",
                "wrong items by kind"));
        for (Map.Entry<String, Tally> e : patterns.entrySet()) {
            Tally t = e.getValue();
            b.append(String.format("%-34s %6d %6d %7d %8.2f%%  %s%n", e.getKey(), t.files, t.exactFiles,
                    t.items - t.correct, 100.0 * t.table2Correct / Math.max(1, t.table2Items), t.wrongKinds));
        }
        System.out.println(b);
    }

    private static void item(int[] counts, List<String> wrong, String what, Object expected, Object actual) {
        counts[0]++;
        if (Objects.equals(expected, actual)) {
            counts[1]++;
        } else {
            wrong.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    private static void table3(int[] counts, List<String> wrong, Applications truth, Applications parsed) {
        if (truth == null) {
            item(counts, wrong, "applications", null, parsed == null ? null : "a table");
            return;
        }
        item(counts, wrong, "applications.rows", truth.rows().keySet(),
                parsed == null ? null : parsed.rows().keySet());
        for (String row : truth.rows().keySet()) {
            for (int col = 0; col < Applications.COLUMNS.size(); col++) {
                item(counts, wrong, Applications.path(row, col), truth.cell(row, col),
                        parsed == null ? "no table" : parsed.cell(row, col));
            }
        }
    }

    private static void table4(int[] counts, List<String> wrong, ReviewLitigation truth, ReviewLitigation parsed) {
        if (truth == null) {
            item(counts, wrong, "reviewLitigation", null, parsed == null ? null : "a table");
            return;
        }
        for (String g : ReviewLitigation.GROUPS) {
            for (String k : ReviewLitigation.KEYS) {
                item(counts, wrong, ReviewLitigation.path(g, k), truth.group(g).get(k),
                        parsed == null ? "no table" : parsed.group(g).get(k));
            }
        }
    }

    /**
     * Table 2 cells (counted apart from the Table 3/4 items); a wrong cell is a failure too: the 2019 sub-tables
     * and the 2021 table must both come out complete.
     */
    private static int[] table2(ActiveDisclosure truth, ActiveDisclosure parsed, List<String> wrong) {
        int[] counts = new int[2];
        if (truth == null) {
            counts[0] = 1;
            counts[1] = parsed == null ? 1 : 0;
            if (parsed != null) {
                wrong.add("activeDisclosure: expected null, got a table");
            }
            return counts;
        }
        for (Map.Entry<String, Map<String, BigDecimal>> row : truth.rows().entrySet()) {
            for (Map.Entry<String, BigDecimal> cell : row.getValue().entrySet()) {
                counts[0]++;
                BigDecimal got = parsed == null ? null : parsed.get(row.getKey(), cell.getKey());
                boolean same = cell.getValue() == null ? got == null
                        : got != null && cell.getValue().compareTo(got) == 0;
                counts[1] += same ? 1 : 0;
                if (!same) {
                    wrong.add("activeDisclosure." + row.getKey() + "." + cell.getKey() + ": expected "
                            + cell.getValue() + ", got " + got);
                }
            }
        }
        return counts;
    }

    private static void print(Map<String, Tally> tallies) {
        StringBuilder b = new StringBuilder("\nParser accuracy on the generated corpus (Table 3/4 cells, agency, year,"
                + " template, publishedOn; Table 2 cells apart)\n");
        b.append(String.format("%-20s %6s %8s %9s %10s %9s%n", "format", "files", "exact", "items", "accuracy",
                "table 2"));
        int files = 0;
        int exact = 0;
        int items = 0;
        int correct = 0;
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            b.append(String.format("%-20s %6d %8d %9d %9.2f%% %8.2f%%%n", e.getKey(), t.files, t.exactFiles, t.items,
                    100.0 * t.correct / t.items, 100.0 * t.table2Correct / Math.max(1, t.table2Items)));
            files += t.files;
            exact += t.exactFiles;
            items += t.items;
            correct += t.correct;
        }
        b.append(String.format("%-20s %6d %8d %9d %9.2f%%%n", "all", files, exact, items, 100.0 * correct / items));
        System.out.println(b);
    }
}
