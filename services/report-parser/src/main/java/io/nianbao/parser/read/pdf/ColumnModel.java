package io.nianbao.parser.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The value columns of a table printed without borders, found from where its glyphs line up across rows. Short
 * runs of glyphs (numbers up to three digits, header fragments such as 科 or 商业 of a header written down the
 * column) mark out the columns first; longer numbers then widen the column they fall in. A run that reaches into
 * two columns is two neighbouring values printed too close together ("20" and "705" read as "20705"): it is cut at
 * the gap nearest the boundary between the two columns.
 */
final class ColumnModel {

    /** Glyphs of one run: a gap wider than this share of the font size separates runs. */
    private static final float RUN_GAP = 0.12f;
    private static final int SHORT = 3;

    private final List<float[]> columns = new ArrayList<>();

    /**
     * {@code values}: the value glyphs of each data line; {@code headers}: the glyphs of the header lines above the
     * table that sit in its value area (they reveal a column left blank in every data line).
     */
    static ColumnModel of(List<List<Glyph>> values, List<List<Glyph>> headers) {
        ColumnModel m = new ColumnModel();
        List<List<Glyph>> runs = new ArrayList<>();
        values.forEach(v -> runs.addAll(runs(v)));
        runs.sort(Comparator.comparingDouble(ColumnModel::width));
        for (List<Glyph> run : runs) {
            if (run.size() <= SHORT) {
                m.place(run, true, true);
            }
        }
        List<List<Glyph>> headerRuns = new ArrayList<>();
        headers.forEach(h -> headerRuns.addAll(runs(h)));
        headerRuns.sort(Comparator.comparingDouble(ColumnModel::width));
        float pitch = m.pitch();
        for (List<Glyph> run : headerRuns) {
            if (run.size() <= SHORT && m.farFromColumns(run, pitch)) {
                m.place(run, true, false);
            }
        }
        for (List<Glyph> run : runs) {
            if (run.size() > SHORT) {
                m.place(run, true, true);
            }
        }
        m.tidy();
        if (Boolean.getBoolean("pdf.debug")) {
            StringBuilder b = new StringBuilder("columns:");
            m.columns.forEach(c -> b.append(String.format(" [%.1f,%.1f]", c[0], c[1])));
            b.append("\n header runs:");
            for (List<Glyph> r : headerRuns) {
                StringBuilder t = new StringBuilder();
                r.forEach(g -> t.append(g.text()));
                b.append(String.format(" %s[%.1f,%.1f]", t, r.get(0).x0(), r.get(r.size() - 1).x1()));
            }
            b.append("\n value runs:");
            for (List<Glyph> r : runs) {
                StringBuilder t = new StringBuilder();
                r.forEach(g -> t.append(g.text()));
                b.append(String.format(" %s[%.1f,%.1f]", t, r.get(0).x0(), r.get(r.size() - 1).x1()));
            }
            System.err.println(b);
        }
        return m;
    }

    /** The median distance between the left edges of neighbouring columns, or 0 when fewer than two. */
    private float pitch() {
        List<Float> lefts = new ArrayList<>();
        columns.forEach(c -> lefts.add(c[0]));
        lefts.sort(Float::compare);
        List<Float> steps = new ArrayList<>();
        for (int i = 1; i < lefts.size(); i++) {
            steps.add(lefts.get(i) - lefts.get(i - 1));
        }
        steps.sort(Float::compare);
        return steps.isEmpty() ? 0 : steps.get(steps.size() / 2);
    }

    /**
     * A header fragment shows a column of its own only where it stands about a column's width from every column
     * the values show (the second line of a wrapped header, 结果 / 纠, must not open a column beside its own).
     */
    private boolean farFromColumns(List<Glyph> run, float pitch) {
        float x0 = run.get(0).x0();
        float cx = (x0 + run.get(run.size() - 1).x1()) / 2;
        for (float[] c : columns) {
            if (Math.abs(x0 - c[0]) < 0.6f * pitch || Math.abs(cx - (c[0] + c[1]) / 2) < 0.6f * pitch) {
                return false;
            }
        }
        return true;
    }

    int size() {
        return columns.size();
    }

    float left(int column) {
        return columns.get(column)[0];
    }

    /** Puts a run in the one column it overlaps (widening it), or opens a column where it overlaps none. */
    private void place(List<Glyph> run, boolean mayOpen, boolean mayWiden) {
        float x0 = run.get(0).x0() + 0.1f;
        float x1 = run.get(run.size() - 1).x1() - 0.1f;
        float[] hit = null;
        int hits = 0;
        for (float[] c : columns) {
            if (x0 < c[1] && x1 > c[0]) {
                hit = c;
                hits++;
            }
        }
        if (hits == 0 && mayOpen) {
            columns.add(new float[] {x0 - 0.1f, x1 + 0.1f});
        } else if (hits == 1 && mayWiden) {
            hit[0] = Math.min(hit[0], x0 - 0.1f);
            hit[1] = Math.max(hit[1], x1 + 0.1f);
        }
    }

    private void tidy() {
        columns.sort(Comparator.comparingDouble(c -> c[0]));
        for (int i = columns.size() - 1; i > 0; i--) {
            float[] a = columns.get(i - 1);
            float[] b = columns.get(i);
            if (b[0] < a[1]) {
                a[1] = Math.max(a[1], b[1]);
                columns.remove(i);
            }
        }
    }

    /** The boundary between column k and k + 1: the middle of the white space between them. */
    private float boundary(int k) {
        return (columns.get(k)[1] + columns.get(k + 1)[0]) / 2;
    }

    int columnAt(float x) {
        int k = 0;
        while (k < columns.size() - 1 && x > boundary(k)) {
            k++;
        }
        return k;
    }

    /** The value glyphs of one line, per column (an empty list for a blank cell). */
    List<List<Glyph>> assign(List<Glyph> glyphs) {
        List<List<Glyph>> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            out.add(new ArrayList<>());
        }
        if (columns.isEmpty()) {
            return out;
        }
        for (List<Glyph> run : runs(glyphs)) {
            int[] col = new int[run.size()];
            for (int i = 0; i < run.size(); i++) {
                col[i] = columnAt(run.get(i).cx());
            }
            cutAtGaps(run, col);
            for (int i = 0; i < run.size(); i++) {
                out.get(col[i]).add(run.get(i));
            }
        }
        return out;
    }

    /**
     * Where a run crosses from one column into the next, moves the cut to the widest gap between glyphs near the
     * boundary: digits of one number sit edge to edge, two numbers of neighbouring cells are apart, if only by half a
     * point.
     */
    private void cutAtGaps(List<Glyph> run, int[] col) {
        for (int i = 0; i + 1 < run.size(); i++) {
            if (col[i + 1] <= col[i]) {
                continue;
            }
            float b = boundary(col[i]);
            float reach = 1.5f * (run.get(i).width() + run.get(i + 1).width()) / 2;
            int best = i;
            float bestGap = -Float.MAX_VALUE;
            float bestDistance = Float.MAX_VALUE;
            for (int j = 0; j + 1 < run.size(); j++) {
                float pos = (run.get(j).x1() + run.get(j + 1).x0()) / 2;
                float gap = run.get(j + 1).x0() - run.get(j).x1();
                float distance = Math.abs(pos - b);
                if (distance > reach) {
                    continue;
                }
                boolean wider = gap > bestGap + 0.05f;
                boolean asWideButCloser = Math.abs(gap - bestGap) <= 0.05f && distance < bestDistance;
                if (wider || asWideButCloser) {
                    best = j;
                    bestGap = gap;
                    bestDistance = distance;
                }
            }
            int left = col[i];
            int right = col[i + 1];
            for (int j = 0; j < run.size(); j++) {
                if (col[j] == left || col[j] == right) {
                    col[j] = j <= best ? left : right;
                }
            }
            i = Math.max(i, best);
        }
    }

    /** Glyphs sorted left to right and cut into runs where they are apart. */
    static List<List<Glyph>> runs(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x0));
        List<List<Glyph>> out = new ArrayList<>();
        List<Glyph> run = null;
        Glyph prev = null;
        for (Glyph g : sorted) {
            if (prev == null || g.x0() - prev.x1() > RUN_GAP * Math.max(g.size(), prev.size())) {
                run = new ArrayList<>();
                out.add(run);
            }
            run.add(g);
            prev = g;
        }
        return out;
    }

    private static double width(List<Glyph> run) {
        return run.get(run.size() - 1).x1() - run.get(0).x0();
    }
}
