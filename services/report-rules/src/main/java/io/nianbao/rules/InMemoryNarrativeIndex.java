package io.nianbao.rules;

import io.nianbao.model.Report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link NarrativeIndex} in memory, bucketed by the four 16-bit bands of each fingerprint so that a query for
 * near-duplicates (distance ≤ 3) only compares against reports sharing a band. Thread-safe.
 */
public final class InMemoryNarrativeIndex implements NarrativeIndex {

    private record Entry(String reportKey, String agency, Integer year, NarrativeFingerprint fingerprint) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<Map<Integer, List<Entry>>> bands = List.of(
            new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());

    /** Adds (or replaces) a report's fingerprint. */
    public synchronized void add(String reportKey, String agency, Integer year, NarrativeFingerprint fingerprint) {
        remove(reportKey);
        Entry entry = new Entry(reportKey, agency, year, fingerprint);
        entries.put(reportKey, entry);
        int[] b = fingerprint.bands();
        for (int i = 0; i < 4; i++) {
            bands.get(i).computeIfAbsent(b[i], k -> new ArrayList<>()).add(entry);
        }
    }

    /** Adds a report when its narrative is long enough to fingerprint; returns whether it was added. */
    public boolean add(String reportKey, Report report) {
        return NarrativeFingerprint.of(report).map(fp -> {
            add(reportKey, report.agency(), report.year(), fp);
            return true;
        }).orElse(false);
    }

    public synchronized void remove(String reportKey) {
        Entry old = entries.remove(reportKey);
        if (old != null) {
            int[] b = old.fingerprint().bands();
            for (int i = 0; i < 4; i++) {
                List<Entry> bucket = bands.get(i).get(b[i]);
                if (bucket != null) {
                    bucket.remove(old);
                }
            }
        }
    }

    public synchronized int size() {
        return entries.size();
    }

    @Override
    public synchronized List<Match> similar(NarrativeFingerprint fingerprint, int maxDistance) {
        List<Match> matches = new ArrayList<>();
        if (maxDistance > NarrativeFingerprint.NEAR_DUPLICATE_DISTANCE) {
            entries.values().forEach(e -> collect(e, fingerprint, maxDistance, matches));
            return matches;
        }
        Map<String, Entry> candidates = new LinkedHashMap<>();
        int[] b = fingerprint.bands();
        for (int i = 0; i < 4; i++) {
            bands.get(i).getOrDefault(b[i], List.of()).forEach(e -> candidates.putIfAbsent(e.reportKey(), e));
        }
        candidates.values().forEach(e -> collect(e, fingerprint, maxDistance, matches));
        return matches;
    }

    private static void collect(Entry e, NarrativeFingerprint query, int maxDistance, List<Match> out) {
        int distance = e.fingerprint().distance(query);
        if (distance <= maxDistance) {
            out.add(new Match(e.reportKey(), e.agency(), e.year(), distance));
        }
    }
}
