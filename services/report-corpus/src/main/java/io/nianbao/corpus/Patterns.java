package io.nianbao.corpus;

import io.nianbao.model.Applications;
import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The real-world patterns a case exercises, as short tags: the variation's knobs (chrome-before, t2split, trad …)
 * and what its truth holds (format-2019 for a report on 2019/2020 in the 2019 format, outdated-2019 and mixed for
 * the TEMPLATE_OUTDATED injection, blank-t3-total, blank-t4 … for blank cells, with blank-as-empty when they are
 * printed as empty cells, large-counts for three- and four-digit numbers). Accuracy tests tally their results per
 * tag, so a failure can be put down to the pattern that causes it.
 */
public final class Patterns {

    private Patterns() {
    }

    /** The tags of a case; {@code plain} when it exercises none of them. */
    public static Set<String> of(CorpusCase c) {
        Set<String> tags = new TreeSet<>(c.variation().knobs());
        Report t = c.truth();
        if ("2019".equals(t.template())) {
            if (c.injection() != Injection.TEMPLATE_OUTDATED) {
                tags.add("format-2019");
            } else {
                Applications a = t.tables().applications();
                tags.add(a != null && a.rows().keySet().stream().anyMatch(k -> k.startsWith("otherHandling."))
                        ? "mixed" : "outdated-2019");
            }
        }
        boolean blank = false;
        Applications a = t.tables().applications();
        if (a != null) {
            for (List<Integer> row : a.rows().values()) {
                if (row.contains(null)) {
                    blank = true;
                    tags.add(row.get(Applications.TOTAL) == null ? "blank-t3-total" : "blank-t3");
                }
                if (row.stream().anyMatch(v -> v != null && v >= 100)) {
                    tags.add("large-counts");
                }
            }
        }
        ReviewLitigation r = t.tables().reviewLitigation();
        if (r != null) {
            for (String g : ReviewLitigation.GROUPS) {
                for (String k : ReviewLitigation.KEYS) {
                    if (r.group(g).get(k) == null) {
                        blank = true;
                        tags.add(k.equals("total") ? "blank-t4-total" : "blank-t4");
                    }
                }
            }
        }
        if (blank) {
            tags.add(c.variation().blankMarker().isEmpty() ? "blank-as-empty" : "blank-as-mark");
        }
        if (tags.isEmpty()) {
            tags.add("plain");
        }
        return tags;
    }

    /**
     * One variation per knob: the plain look with only that knob on, keyed by the knob's tag. Cases rendered with
     * these show what a single pattern does, whatever else the parser gets right or wrong.
     */
    public static Map<String, Variation> singleKnobs() {
        Map<String, Variation> out = new LinkedHashMap<>();
        List<Variation> all = new ArrayList<>();
        Variation plain = Variation.plain();
        all.add(plain.toBuilder().asciiPunctuation(true).build());
        all.add(plain.toBuilder().traditional(true).build());
        all.add(plain.toBuilder().typos(true).build());
        all.add(plain.toBuilder().brokenHeaders(true).build());
        all.add(plain.toBuilder().agencyAboveTitle(true).build());
        for (Variation.Chrome c : Variation.Chrome.values()) {
            if (c != Variation.Chrome.NONE) {
                all.add(plain.toBuilder().chrome(c, 0).build());
            }
        }
        all.add(plain.toBuilder().groupLabels(Variation.GroupLabels.REPEATED).build());
        all.add(plain.toBuilder().groupLabels(Variation.GroupLabels.FIRST_ONLY).build());
        all.add(plain.toBuilder().droppedSlots(true).build());
        all.add(plain.toBuilder().twoRowT3Header(true).build());
        all.add(plain.toBuilder().twoRowT4Header(true).build());
        all.add(plain.toBuilder().splitTable2(true).build());
        all.add(plain.toBuilder().truncatedHeaders(true).build());
        for (Variation v : all) {
            out.put(v.knobs().get(0), v);
        }
        return out;
    }

    /** The tags that come from a case's truth rather than from its variation. */
    public static final List<String> TRUTH_TAGS = List.of("format-2019", "mixed", "outdated-2019", "blank-t3",
            "blank-t3-total", "blank-t4", "blank-t4-total", "large-counts");

    /**
     * For every pattern, {@code perTag} cases that exercise it alone: the plain look with one knob on (each case
     * with its own detail seed), or, for the truth tags, plain-looking cases whose truth has the feature (found by
     * drawing cases from index {@code 50_000} on). Clean reports, except blank cells (CELL_INVALID) and the outdated
     * format (TEMPLATE_OUTDATED), whose injections are the pattern.
     */
    public static Map<String, List<CorpusCase>> isolated(CorpusGenerator generator, int perTag) {
        Map<String, List<CorpusCase>> out = new LinkedHashMap<>();
        int index = 50_000;
        for (Map.Entry<String, Variation> e : singleKnobs().entrySet()) {
            List<CorpusCase> cases = new ArrayList<>();
            for (int guard = 0; cases.size() < perTag && guard < 2000; guard++) {
                CorpusCase c = generator.generate(index++, Injection.NONE,
                        e.getValue().toBuilder().detail(4 * cases.size()).build());
                if (alone(c, e.getKey())) {
                    cases.add(c);
                }
            }
            out.put(e.getKey(), cases);
        }
        for (String tag : TRUTH_TAGS) {
            Injection injection = tag.startsWith("blank") ? Injection.CELL_INVALID
                    : tag.equals("mixed") || tag.equals("outdated-2019") ? Injection.TEMPLATE_OUTDATED : Injection.NONE;
            List<CorpusCase> cases = new ArrayList<>();
            for (int guard = 0; cases.size() < perTag && guard < 2000; guard++) {
                CorpusCase c = generator.generate(index++, injection, Variation.plain());
                if (alone(c, tag)) {
                    cases.add(c);
                }
            }
            out.put(tag, cases);
        }
        return out;
    }

    /** True when {@code tag} is the case's only pattern (blank cells printed as empty cells allowed). */
    private static boolean alone(CorpusCase c, String tag) {
        Set<String> tags = new TreeSet<>(of(c));
        tags.remove("blank-as-empty");
        return tags.equals(Set.of(tag));
    }
}
