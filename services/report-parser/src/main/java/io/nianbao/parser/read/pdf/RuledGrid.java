package io.nianbao.parser.read.pdf;

import io.nianbao.parser.read.Cell;
import io.nianbao.parser.read.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table drawn with borders: the grid its ruling lines make, and the merged cells where a border is missing
 * (rowspan / colspan). Every glyph inside the table belongs to the cell it sits in, so touching numbers of two
 * narrow columns, a blank cell, a label wrapped over three lines or a header written one character per line all
 * come out as the cells they are printed in.
 */
final class RuledGrid {

    /** Two ruling positions closer than this are one line (double borders, rounding). */
    private static final float SAME = 2f;

    private final float[] xs;
    private final float[] ys;
    private final List<Span> cells;
    private final int[][] cellAt;

    /** A merged cell: rows r0..r1 and columns c0..c1 of the elementary grid, inclusive. */
    record Span(int r0, int r1, int c0, int c1) {
    }

    private RuledGrid(float[] xs, float[] ys, List<Span> cells, int[][] cellAt) {
        this.xs = xs;
        this.ys = ys;
        this.cells = cells;
        this.cellAt = cellAt;
    }

    float top() {
        return ys[0];
    }

    int columns() {
        return xs.length - 1;
    }

    int rows() {
        return ys.length - 1;
    }

    List<Span> cells() {
        return cells;
    }

    boolean contains(Glyph g) {
        return g.cx() >= xs[0] - 0.5f && g.cx() <= xs[xs.length - 1] + 0.5f
                && g.cy() >= ys[0] - 0.5f && g.cy() <= ys[ys.length - 1] + 0.5f;
    }

    /** The merged cell a glyph sits in (index into {@link #cells()}). */
    int cellOf(Glyph g) {
        return cellAt[slot(ys, g.cy())][slot(xs, g.cx())];
    }

    float left(int column) {
        return xs[column];
    }

    float rowTop(int row) {
        return ys[row];
    }

    private static int slot(float[] bounds, float v) {
        int i = Arrays.binarySearch(bounds, v);
        int slot = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(bounds.length - 2, slot));
    }

    /** The tables the rulings of one page draw: groups of crossing lines with at least two columns. */
    static List<RuledGrid> find(List<Segment> rulings) {
        List<Segment> h = merge(rulings.stream().filter(Segment::horizontal).toList());
        List<Segment> v = merge(rulings.stream().filter(s -> !s.horizontal()).toList());
        if (h.size() < 2 || v.size() < 2 || (long) h.size() * v.size() > 4_000_000L) {
            return List.of();
        }
        int[] parent = new int[h.size() + v.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < h.size(); i++) {
            for (int j = 0; j < v.size(); j++) {
                if (cross(h.get(i), v.get(j))) {
                    union(parent, i, h.size() + j);
                }
            }
        }
        Map<Integer, List<Segment>> groups = new HashMap<>();
        for (int i = 0; i < parent.length; i++) {
            Segment s = i < h.size() ? h.get(i) : v.get(i - h.size());
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(s);
        }
        List<RuledGrid> out = new ArrayList<>();
        for (List<Segment> group : groups.values()) {
            RuledGrid grid = build(group);
            if (grid != null) {
                out.add(grid);
            }
        }
        out.sort(Comparator.comparingDouble(RuledGrid::top));
        return out;
    }

    private static RuledGrid build(List<Segment> group) {
        List<Segment> h = group.stream().filter(Segment::horizontal).toList();
        List<Segment> v = group.stream().filter(s -> !s.horizontal()).toList();
        if (h.size() < 2 || v.size() < 2) {
            return null;
        }
        List<Float> xl = new ArrayList<>();
        v.forEach(s -> xl.add(s.at()));
        List<Float> yl = new ArrayList<>();
        h.forEach(s -> yl.add(s.at()));
        // a table drawn without its outer left/right (or top/bottom) border still ends where its lines end
        xl.add((float) h.stream().mapToDouble(Segment::from).min().orElse(0));
        xl.add((float) h.stream().mapToDouble(Segment::to).max().orElse(0));
        yl.add((float) v.stream().mapToDouble(Segment::from).min().orElse(0));
        yl.add((float) v.stream().mapToDouble(Segment::to).max().orElse(0));
        float[] xs = cluster(xl);
        float[] ys = cluster(yl);
        int nc = xs.length - 1;
        int nr = ys.length - 1;
        if (nc < 2 || nr < 1) {
            return null;
        }
        int[] parent = new int[nr * nc];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                if (c + 1 < nc && !drawn(v, xs[c + 1], ys[r], ys[r + 1])) {
                    union(parent, r * nc + c, r * nc + c + 1);
                }
                if (r + 1 < nr && !drawn(h, ys[r + 1], xs[c], xs[c + 1])) {
                    union(parent, r * nc + c, (r + 1) * nc + c);
                }
            }
        }
        Map<Integer, int[]> bounds = new HashMap<>();
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                int root = find(parent, r * nc + c);
                int[] b = bounds.computeIfAbsent(root, k -> new int[] {Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1});
                b[0] = Math.min(b[0], r);
                b[1] = Math.max(b[1], r);
                b[2] = Math.min(b[2], c);
                b[3] = Math.max(b[3], c);
            }
        }
        List<Span> cells = new ArrayList<>();
        Map<Integer, Integer> index = new HashMap<>();
        List<Map.Entry<Integer, int[]>> entries = new ArrayList<>(bounds.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<Integer, int[]> e) -> e.getValue()[0])
                .thenComparingInt(e -> e.getValue()[2]));
        for (Map.Entry<Integer, int[]> e : entries) {
            int[] b = e.getValue();
            index.put(e.getKey(), cells.size());
            cells.add(new Span(b[0], b[1], b[2], b[3]));
        }
        int[][] cellAt = new int[nr][nc];
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                cellAt[r][c] = index.get(find(parent, r * nc + c));
            }
        }
        return new RuledGrid(xs, ys, cells, cellAt);
    }

    /** Whether a border is drawn at {@code at} over the middle of [a, b]. */
    private static boolean drawn(List<Segment> lines, float at, float a, float b) {
        float q = (b - a) / 4;
        for (Segment s : lines) {
            if (Math.abs(s.at() - at) <= SAME && s.covers(a + q, b - q, 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean cross(Segment h, Segment v) {
        return v.at() >= h.from() - SAME && v.at() <= h.to() + SAME
                && h.at() >= v.from() - SAME && h.at() <= v.to() + SAME;
    }

    /** Collinear pieces (one border drawn cell by cell) joined into one line. */
    static List<Segment> merge(List<Segment> lines) {
        List<Segment> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(Segment::at));
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i + 1;
            while (j < sorted.size() && sorted.get(j).at() - sorted.get(j - 1).at() <= 1f) {
                j++;
            }
            List<Segment> same = new ArrayList<>(sorted.subList(i, j));
            same.sort(Comparator.comparingDouble(Segment::from));
            float at = 0;
            for (Segment s : same) {
                at += s.at();
            }
            at /= same.size();
            Segment cur = null;
            for (Segment s : same) {
                if (cur != null && s.from() <= cur.to() + SAME) {
                    cur = new Segment(cur.horizontal(), at, cur.from(), Math.max(cur.to(), s.to()));
                } else {
                    if (cur != null) {
                        out.add(cur);
                    }
                    cur = new Segment(s.horizontal(), at, s.from(), s.to());
                }
            }
            out.add(cur);
            i = j;
        }
        return out;
    }

    /** Sorted positions, those within {@link #SAME} of each other taken as one (their mean). */
    private static float[] cluster(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        float sum = 0;
        int n = 0;
        float last = 0;
        for (float v : sorted) {
            if (n > 0 && v - last > SAME) {
                out.add(sum / n);
                sum = 0;
                n = 0;
            }
            sum += v;
            n++;
            last = v;
        }
        if (n > 0) {
            out.add(sum / n);
        }
        float[] a = new float[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /**
     * The table's rows as the extractors read them: per grid row, the label cells that start in it (non-blank, in
     * column order), then one cell per value column (blank cells kept as empty cells in their own position, a cell
     * spanning columns given once). Label columns are those that hold a word (not a number or a no-value mark) in a
     * row that also holds a number; the rest are value columns.
     */
    List<Row> rows(List<Glyph> glyphs, int page, int table) {
        List<List<Glyph>> inCell = new ArrayList<>();
        cells.forEach(c -> inCell.add(new ArrayList<>()));
        for (Glyph g : glyphs) {
            inCell.get(cellOf(g)).add(g);
        }
        String[] text = new String[cells.size()];
        for (int i = 0; i < text.length; i++) {
            text[i] = CellText.of(inCell.get(i));
        }
        int lastLabel = lastLabelColumn(text);
        List<Row> out = new ArrayList<>();
        for (int r = 0; r < rows(); r++) {
            List<Cell> row = new ArrayList<>();
            boolean any = false;
            for (int c = 0; c < columns(); c++) {
                int id = cellAt[r][c];
                Span s = cells.get(id);
                boolean starts = s.r0() == r && s.c0() == c;
                if (c <= lastLabel) {
                    if (starts && !text[id].isEmpty()) {
                        row.add(cell(text[id], inCell.get(id), page, s));
                        any = true;
                    }
                } else if (starts) {
                    row.add(cell(text[id], inCell.get(id), page, s));
                    any |= !text[id].isEmpty();
                } else if (s.c0() == c) {
                    row.add(new Cell("", where(page, xs[c], ys[r]))); // a cell merged down from the row above
                }
            }
            if (any) {
                out.add(Row.cells(row, table));
            }
        }
        return out;
    }

    /** The right-most column holding label text in a row that holds a number; -1 when no row holds a number. */
    private int lastLabelColumn(String[] text) {
        int last = -1;
        for (int r = 0; r < rows(); r++) {
            boolean number = false;
            int label = -1;
            for (int c = 0; c < columns(); c++) {
                int id = cellAt[r][c];
                String t = text[id];
                if (t.isEmpty()) {
                    continue;
                }
                if (ValueText.isNumber(t) && cells.get(id).r0() == r) {
                    number = true;
                } else if (ValueText.isLabel(t)) {
                    label = Math.max(label, cells.get(id).c1());
                }
            }
            if (number) {
                last = Math.max(last, label);
            }
        }
        return last;
    }

    private Cell cell(String text, List<Glyph> glyphs, int page, Span s) {
        if (glyphs.isEmpty()) {
            return new Cell("", where(page, xs[s.c0()], ys[s.r0()]));
        }
        Glyph first = CellText.lines(glyphs).get(0).get(0);
        return new Cell(text, where(page, first.x0(), first.base()));
    }

    static String where(int page, float x, float y) {
        return "page " + page + " x=" + Math.round(x) + " y=" + Math.round(y);
    }
}
