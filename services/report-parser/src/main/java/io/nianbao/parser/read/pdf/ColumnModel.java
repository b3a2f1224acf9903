package io.nianbao.parser.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The value columns of a table printed without borders, found from where its glyphs line up across rows. Short
 * runs of glyphs (numbers up to three digits, header fragments such as 科 or 商业 of a header written down the
 * column) mark out the columns first; longer numbers then widen the column they fall in. A run that reaches into
 * two columns is two neighbouring values printed too close together ("20" and "705" read as "20705"): it is cut at
 * the widest gap near the boundary between the two columns. Where that boundary lies depends on how the table
 * aligns its numbers: just right of a right-aligned column, just left of a left-aligned one, half-way between the
 * centres of centred ones.
 */
final class ColumnModel {

    /** Glyphs of one run: a gap wider than this share of the font size separates runs. */
    private static final float RUN_GAP = 0.12f;
    private static final int SHORT = 3;

    /** How the numbers of the table are aligned in their cells. */
    enum Align { LEFT, CENTRE, RIGHT }

    /** One column: its extent and the runs of values placed in it. */
    private static final class Column {
        float left;
        float right;
        final List<float[]> runs = new ArrayList<>();

        Column(float left, float right) {
            this.left = left;
            this.right = right;
        }

        float centre() {
            if (runs.isEmpty()) {
                return (left + right) / 2;
            }
            float sum = 0;
            for (float[] r : runs) {
                sum += (r[0] + r[1]) / 2;
            }
            return sum / runs.size();
        }
    }

    private final List<Column> columns = new ArrayList<>();
    private Align align = Align.CENTRE;

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
        m.align = m.alignment();
        return m;
    }

    int size() {
        return columns.size();
    }

    float left(int column) {
        return columns.get(column).left;
    }

    Align align() {
        return align;
    }

    /** The median distance between the left edges of neighbouring columns, or 0 when fewer than two. */
    private float pitch() {
        List<Float> lefts = new ArrayList<>();
        columns.forEach(c -> lefts.add(c.left));
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
        float x1 = run.get(run.size() - 1).x1();
        for (Column c : columns) {
            boolean sameLeft = Math.abs(x0 - c.left) < 0.6f * pitch;
            boolean sameRight = Math.abs(x1 - c.right) < 0.6f * pitch;
            boolean sameCentre = Math.abs((x0 + x1) / 2 - (c.left + c.right) / 2) < 0.6f * pitch;
            if (sameLeft || sameRight || sameCentre) {
                return false;
            }
        }
        return true;
    }

    /** Puts a run in the one column it overlaps (widening it), or opens a column where it overlaps none. */
    private void place(List<Glyph> run, boolean mayOpen, boolean mayWiden) {
        float x0 = run.get(0).x0();
        float x1 = run.get(run.size() - 1).x1();
        Column hit = null;
        int hits = 0;
        for (Column c : columns) {
            if (x0 + 0.1f < c.right && x1 - 0.1f > c.left) {
                hit = c;
                hits++;
            }
        }
        if (hits == 0 && mayOpen) {
            Column c = new Column(x0, x1);
            if (mayWiden) {
                c.runs.add(new float[] {x0, x1});
            }
            columns.add(c);
        } else if (hits == 1 && mayWiden) {
            hit.left = Math.min(hit.left, x0);
            hit.right = Math.max(hit.right, x1);
            hit.runs.add(new float[] {x0, x1});
        }
    }

    private void tidy() {
        columns.sort(Comparator.comparingDouble(c -> c.left));
        for (int i = columns.size() - 1; i > 0; i--) {
            Column a = columns.get(i - 1);
            Column b = columns.get(i);
            if (b.left < a.right) {
                a.right = Math.max(a.right, b.right);
                a.runs.addAll(b.runs);
                columns.remove(i);
            }
        }
    }

    /** The alignment whose edges (left, right or centre) vary least among the values of each column. */
    private Align alignment() {
        float left = 0;
        float right = 0;
        float centre = 0;
        for (Column c : columns) {
            left += spread(c, 0);
            right += spread(c, 1);
            centre += spread(c, 2);
        }
        if (right < centre - 0.5f && right <= left) {
            return Align.RIGHT;
        }
        if (left < centre - 0.5f && left < right) {
            return Align.LEFT;
        }
        return Align.CENTRE;
    }

    private static float spread(Column c, int edge) {
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float[] r : c.runs) {
            float v = edge == 0 ? r[0] : edge == 1 ? r[1] : (r[0] + r[1]) / 2;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return c.runs.size() < 2 ? 0 : max - min;
    }

    /** The boundary between column k and k + 1. */
    private float boundary(int k) {
        Column a = columns.get(k);
        Column b = columns.get(k + 1);
        return switch (align) {
            case RIGHT -> Math.min(a.right + 0.3f, (a.right + b.left) / 2);
            case LEFT -> Math.max(b.left - 0.3f, (a.right + b.left) / 2);
            case CENTRE -> Math.max(a.right, Math.min(b.left, (a.centre() + b.centre()) / 2));
        };
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
