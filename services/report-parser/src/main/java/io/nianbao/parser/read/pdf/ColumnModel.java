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
    /** Whether the numbers' widths differ enough to tell how they are aligned. */
    private boolean known;

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
        m.tidy();
        m.align = m.alignment();
        m.openHeaderColumns(headerRuns);
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

    /**
     * Opens a column for each header standing over no value column. Short header runs (a word, or one character
     * of a header written down its column) that touch are one stack: the header of one column, however it wraps.
     * Each value column owns the stretch of the line its cell must cover (from the previous column's right edge to
     * its own when its numbers are right-aligned, from its left edge to the next one's when left-aligned, between
     * the midpoints when centred). A stack outside every such stretch, or a second stack in one stretch beside the
     * one nearest the column's numbers, is the header of a column whose cell is blank in every data line.
     */
    private void openHeaderColumns(List<List<Glyph>> headerRuns) {
        if (columns.size() < 2) {
            return;
        }
        List<float[]> stacks = new ArrayList<>();
        for (List<Glyph> run : headerRuns) {
            if (run.size() <= SHORT) {
                stacks.add(new float[] {run.get(0).x0(), run.get(run.size() - 1).x1()});
            }
        }
        stacks.sort(Comparator.comparingDouble(r -> r[0]));
        List<float[]> merged = new ArrayList<>();
        for (float[] r : stacks) {
            float[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1] + 0.5f) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(r.clone());
            }
        }
        int n = columns.size();
        List<List<float[]>> inCell = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            inCell.add(new ArrayList<>());
        }
        List<float[]> open = new ArrayList<>();
        for (float[] s : merged) {
            float cx = (s[0] + s[1]) / 2;
            int cell = -1;
            for (int k = 0; k < n && cell < 0; k++) {
                float[] span = cellSpan(k);
                if (cx > span[0] && cx <= span[1]) {
                    cell = k;
                }
            }
            if (cell < 0) {
                open.add(s);
            } else {
                inCell.get(cell).add(s);
            }
        }
        for (int k = 0; k < n; k++) {
            List<float[]> here = inCell.get(k);
            if (here.size() < 2) {
                continue;
            }
            float centre = (columns.get(k).left + columns.get(k).right) / 2;
            here.sort(Comparator.comparingDouble(s -> Math.abs((s[0] + s[1]) / 2 - centre)));
            open.addAll(here.subList(1, here.size()));
        }
        for (float[] o : open) {
            columns.add(new Column(o[0], o[1]));
        }
        tidy();
    }

    /** The stretch of a line column k's cell covers, judged from where its numbers and its neighbours' stand. */
    private float[] cellSpan(int k) {
        Column c = columns.get(k);
        int n = columns.size();
        Align a = known ? align : Align.CENTRE;
        if (a == Align.RIGHT) {
            float from = k > 0 ? columns.get(k - 1).right : c.right - (columns.get(1).right - c.right);
            return new float[] {from, c.right};
        }
        if (a == Align.LEFT) {
            float to = k + 1 < n ? columns.get(k + 1).left : c.left + (c.left - columns.get(k - 1).left);
            return new float[] {c.left, to};
        }
        float from = k > 0 ? (columns.get(k - 1).centre() + c.centre()) / 2
                : c.centre() - (columns.get(1).centre() - c.centre()) / 2;
        float to = k + 1 < n ? (c.centre() + columns.get(k + 1).centre()) / 2
                : c.centre() + (c.centre() - columns.get(k - 1).centre()) / 2;
        return new float[] {from, to};
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
        known = true;
        if (right < centre - 0.5f && right <= left) {
            return Align.RIGHT;
        }
        if (left < centre - 0.5f && left < right) {
            return Align.LEFT;
        }
        if (centre < Math.min(left, right) - 0.5f) {
            return Align.CENTRE;
        }
        known = false;
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
     * Where a run crosses from one column into the next, chooses the cut that best fits the columns: the piece
     * before it ends where the left column's numbers end (right-aligned), or the piece after it starts where the
     * right column's numbers start (left-aligned), or the piece before it is centred where the left column's numbers
     * are (centred); digits of one number sit edge to edge, two numbers of neighbouring cells are apart, if only by
     * half a point, so a gap weighs in the cut's favour. Without a known alignment all three are tried.
     */
    private void cutAtGaps(List<Glyph> run, int[] col) {
        int start = 0;
        while (true) {
            int t = -1;
            for (int i = start; i + 1 < run.size(); i++) {
                if (col[i + 1] > col[i]) {
                    t = i;
                    break;
                }
            }
            if (t < 0) {
                return;
            }
            int k = col[t];
            int next = col[t + 1];
            int end = t + 1;
            while (end + 1 < run.size() && col[end + 1] <= next) {
                end++;
            }
            int best = t;
            float bestScore = Float.MAX_VALUE;
            for (int j = start; j < end; j++) {
                float gap = Math.min(1.5f, Math.max(0f, run.get(j + 1).x0() - run.get(j).x1()));
                float score = misfit(run, start, j, k, next) - 4f * gap;
                if (score < bestScore - 0.01f) {
                    best = j;
                    bestScore = score;
                }
            }
            for (int i = start; i <= end; i++) {
                col[i] = i <= best ? k : next;
            }
            start = best + 1;
        }
    }

    /** How far the cut after glyph {@code j} (the piece from {@code start}) is from how columns k and next align. */
    private float misfit(List<Glyph> run, int start, int j, int k, int next) {
        Column a = columns.get(k);
        Column b = columns.get(next);
        float right = Math.abs(run.get(j).x1() - a.right);
        float left = Math.abs(run.get(j + 1).x0() - b.left);
        float centre = Math.abs((run.get(start).x0() + run.get(j).x1()) / 2 - a.centre());
        if (!known) {
            return Math.min(right, Math.min(left, centre));
        }
        return switch (align) {
            case RIGHT -> right;
            case LEFT -> left;
            case CENTRE -> centre;
        };
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
