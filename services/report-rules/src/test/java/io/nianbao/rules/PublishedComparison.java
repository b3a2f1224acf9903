package io.nianbao.rules;

import io.nianbao.model.Applications;
import io.nianbao.model.Finding;
import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;
import io.nianbao.model.Severity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One fixture's parsed-and-reviewed result held against its truth: which Table 3/4 cells and header fields came
 * out right, which ERROR rules were reported, and a readable list of everything that is wrong. A file the parser
 * cannot read counts every cell and field as wrong and reports UNREADABLE.
 */
final class PublishedComparison {

    /** Header fields compared per fixture: agency, year, template, publishedOn. */
    static final int HEADER_FIELDS = 4;

    final PublishedTruth truth;
    final Report report;
    final List<Finding> findings;
    final Set<String> errorRules = new TreeSet<>();
    final List<String> wrong = new ArrayList<>();
    int t3Right;
    int t3Total;
    int t4Right;
    int t4Total;
    int headerRight;

    private PublishedComparison(PublishedTruth truth, Report report, List<Finding> findings) {
        this.truth = truth;
        this.report = report;
        this.findings = findings;
        findings.stream().filter(f -> f.severity() == Severity.ERROR).forEach(f -> errorRules.add(f.rule()));
    }

    static PublishedComparison of(PublishedTruth truth, Report report, List<Finding> findings) {
        PublishedComparison c = new PublishedComparison(truth, report, findings);
        c.compareHeader();
        c.compareTable3();
        c.compareTable4();
        c.compareErrors();
        return c;
    }

    private void compareHeader() {
        String agency = report == null ? null : report.agency();
        header("agency", truth.isAgency(agency), truth.agency(), agency);
        Integer year = report == null ? null : report.year();
        header("year", Objects.equals(truth.year(), year), truth.year(), year);
        String template = report == null ? null : report.template();
        header("template", Objects.equals(truth.template(), template), truth.template(), template);
        Object date = report == null ? null : report.publishedOn();
        header("publishedOn", Objects.equals(truth.publishedOn(), date), truth.publishedOn(), date);
    }

    private void header(String field, boolean right, Object expected, Object actual) {
        if (right) {
            headerRight++;
        } else {
            wrong.add(field + ": expected " + expected + ", got " + actual);
        }
    }

    private void compareTable3() {
        Applications parsed = report == null ? null : report.tables().applications();
        Map<String, List<Integer>> rows = parsed == null ? Map.of() : parsed.rows();
        boolean noValue = rows.values().stream().allMatch(r -> r == null || r.stream().allMatch(Objects::isNull));
        if (noValue) {
            int cells = truth.applications().size() * Applications.COLUMNS.size();
            t3Total += cells;
            wrong.add("T3 " + (rows.isEmpty() ? "not found" : "found with every cell blank") + " (" + cells
                    + " cells expected)");
            return;
        }
        Set<String> keys = new LinkedHashSet<>(truth.applications().keySet());
        keys.addAll(rows.keySet());
        for (String row : keys) {
            List<Integer> expected = truth.applications().get(row);
            List<Integer> actual = rows.get(row);
            if (expected != null && actual == null) {
                t3Total += Applications.COLUMNS.size();
                wrong.add("T3 row " + row + " missing (expected " + expected + ")");
                continue;
            }
            if (expected == null) {
                t3Total += Applications.COLUMNS.size();
                wrong.add("T3 row " + row + " not in the report, got " + actual);
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Applications.COLUMNS.size(); c++) {
                Integer e = expected.get(c);
                Integer a = c < actual.size() ? actual.get(c) : null;
                t3Total++;
                if (Objects.equals(e, a)) {
                    t3Right++;
                } else {
                    cells.add(Applications.COLUMNS.get(c) + " " + show(e) + "→" + show(a));
                }
            }
            if (!cells.isEmpty()) {
                wrong.add("T3 " + row + ": " + String.join(", ", cells) + " (got " + actual + ")");
            }
        }
    }

    private void compareTable4() {
        ReviewLitigation parsed = report == null ? null : report.tables().reviewLitigation();
        boolean noValue = parsed == null || ReviewLitigation.GROUPS.stream()
                .allMatch(g -> parsed.group(g).values().stream().allMatch(Objects::isNull));
        if (noValue) {
            t4Total += ReviewLitigation.GROUPS.size() * ReviewLitigation.KEYS.size();
            wrong.add("T4 " + (parsed == null ? "not found" : "found with every cell blank"));
            return;
        }
        for (String group : ReviewLitigation.GROUPS) {
            Map<String, Integer> expected = truth.reviewLitigation().get(group);
            Map<String, Integer> actual = parsed == null ? Map.of() : parsed.group(group);
            List<String> cells = new ArrayList<>();
            for (String key : ReviewLitigation.KEYS) {
                Integer e = expected == null ? null : expected.get(key);
                Integer a = actual.get(key);
                t4Total++;
                if (Objects.equals(e, a)) {
                    t4Right++;
                } else {
                    cells.add(key + " " + show(e) + "→" + show(a));
                }
            }
            if (!cells.isEmpty()) {
                wrong.add("T4 " + group + ": " + String.join(", ", cells));
            }
        }
    }

    private void compareErrors() {
        Set<String> missed = new TreeSet<>(truth.expectedErrors());
        missed.removeAll(errorRules);
        Set<String> extra = new TreeSet<>(errorRules);
        extra.removeAll(truth.expectedErrors());
        for (String rule : extra) {
            wrong.add("false error " + rule + ": " + describe(rule));
        }
        for (String rule : missed) {
            wrong.add("missed error " + rule);
        }
    }

    private String describe(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule) && f.severity() == Severity.ERROR)
                .map(f -> f.message() + " " + f.cells()).limit(3).reduce((a, b) -> a + " | " + b).orElse("");
    }

    int truePositives() {
        Set<String> s = new TreeSet<>(errorRules);
        s.retainAll(truth.expectedErrors());
        return s.size();
    }

    int falsePositives() {
        return errorRules.size() - truePositives();
    }

    int falseNegatives() {
        return truth.expectedErrors().size() - truePositives();
    }

    /** Every cell, field and finding as the truth says. */
    boolean allRight() {
        return wrong.isEmpty();
    }

    private static String show(Integer v) {
        return v == null ? "blank" : v.toString();
    }
}
