package io.nianbao.parser.extract;

import io.nianbao.parser.read.Cell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one table's value columns are, so that every row's values are read at their own grid columns: a blank
 * cell (an empty {@code <td>}, an empty docx cell, {@code | |}, two tabs) stays blank in its column instead of
 * letting its neighbours slide into it, which would turn one blank into a wrong number in the next column and
 * false sum errors.
 *
 * <p>A row whose value cells are exactly as many as the table's columns is read as it stands. A row with more
 * value cells (a label merged over extra grid columns leaves empty slots between label and values; a trailing
 * tab or pipe leaves one after them) is placed, in this order, by
 * <ol>
 *   <li>the grid columns named by the table's header rows (自然人 … 总计; 结果维持 … 总计 three times),</li>
 *   <li>the column where the values start in the table's other rows of the same width whose placement was
 *       certain,</li>
 *   <li>the number of cells those rows carry after their values,</li>
 *   <li>the grid's last column (merged cells come from the label side, so values are right-aligned),</li>
 * </ol>
 * each only when it keeps every non-blank cell of the row. A row with fewer value cells than columns (merged or
 * blank cells dropped by the flattening) cannot be placed; it is read from the left as before.
 */
final class ColumnModel {

    private final int width;
    private final List<Integer> header;
    private final Map<Integer, Integer> startByRowWidth;
    private final Integer trailing;

    private ColumnModel(int width, List<Integer> header, Map<Integer, Integer> startByRowWidth, Integer trailing) {
        this.width = width;
        this.header = header;
        this.startByRowWidth = startByRowWidth;
        this.trailing = trailing;
    }

    /**
     * The model of a table with {@code width} value columns: {@code header} are the grid columns its header rows
     * name (null when they name none consistently), {@code rows} its data rows, from which the usual placement is
     * learnt.
     */
    static ColumnModel of(int width, List<Integer> header, List<RowParts> rows) {
        Map<Integer, Map<Integer, Integer>> starts = new HashMap<>();
        Map<Integer, Integer> trailings = new HashMap<>();
        for (RowParts row : rows) {
            int offset = certainOffset(row, width);
            if (offset < 0) {
                continue;
            }
            int start = row.valueStart() + offset;
            starts.computeIfAbsent(row.width(), w -> new HashMap<>()).merge(start, 1, Integer::sum);
            trailings.merge(row.values().size() - offset - width, 1, Integer::sum);
        }
        Map<Integer, Integer> startByRowWidth = new HashMap<>();
        starts.forEach((w, counts) -> startByRowWidth.put(w, mode(counts)));
        return new ColumnModel(width, header, startByRowWidth, trailings.isEmpty() ? null : mode(trailings));
    }

    /** A model that knows nothing but the width (values right-aligned, or read from the left when too few). */
    static ColumnModel plain(int width) {
        return new ColumnModel(width, null, Map.of(), null);
    }

    /**
     * The row's {@code width} value cells in column order. A null entry means the row has no cell there (too few
     * cells); a blank cell is returned as the blank cell it is, with its own provenance.
     */
    List<Cell> pick(RowParts row) {
        List<Cell> values = row.values();
        int n = values.size();
        if (n <= width) {
            List<Cell> out = new ArrayList<>(values);
            while (out.size() < width) {
                out.add(null);
            }
            return out;
        }
        int a = row.valueStart();
        List<List<Integer>> tries = new ArrayList<>();
        if (header != null) {
            tries.add(header);
        }
        Integer start = startByRowWidth.get(row.width());
        if (start != null) {
            tries.add(contiguous(start));
        }
        if (trailing != null) {
            tries.add(contiguous(a + n - trailing - width));
        }
        tries.add(contiguous(a + n - width));
        for (List<Integer> columns : tries) {
            if (fits(values, a, columns)) {
                List<Cell> out = new ArrayList<>(width);
                for (int column : columns) {
                    out.add(values.get(column - a));
                }
                return out;
            }
        }
        int[] range = candidates(values, width);
        if (range[0] <= range[1]) {
            // several placements keep every number and none is known: the right-most one (right-aligned)
            return new ArrayList<>(values.subList(range[1], range[1] + width));
        }
        return RowParts.densest(values, width);
    }

    /** Offset into the row's values of its only possible placement, or -1 when there is none or several. */
    private static int certainOffset(RowParts row, int width) {
        List<Cell> values = row.values();
        if (values.size() < width || row.nonBlankValues() == 0) {
            return -1;
        }
        if (values.size() == width) {
            return 0;
        }
        int[] range = candidates(values, width);
        return range[0] == range[1] ? range[0] : -1;
    }

    /** The first and last offset of a window of {@code width} cells holding every non-blank cell. */
    private static int[] candidates(List<Cell> values, int width) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).blank()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return new int[] {0, values.size() - width};
        }
        return new int[] {Math.max(0, last - width + 1), Math.min(first, values.size() - width)};
    }

    /** Whether the grid columns lie among the row's value cells and hold every non-blank one of them. */
    private static boolean fits(List<Cell> values, int valueStart, List<Integer> columns) {
        if (columns.get(0) < valueStart || columns.get(columns.size() - 1) >= valueStart + values.size()) {
            return false;
        }
        int held = 0;
        for (int column : columns) {
            held += values.get(column - valueStart).blank() ? 0 : 1;
        }
        long nonBlank = values.stream().filter(c -> !c.blank()).count();
        return held == nonBlank;
    }

    private List<Integer> contiguous(int start) {
        List<Integer> out = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            out.add(start + i);
        }
        return out;
    }

    private static int mode(Map<Integer, Integer> counts) {
        int best = 0;
        int bestCount = -1;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() > best)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /**
     * The grid columns named by header cells: {@code anchors} maps each value column to the grid columns where a
     * header cell names it. The header is usable when every named column has one grid column, the columns keep the
     * form's order and, where some are not named, the named ones are evenly spaced (a contiguous grid).
     */
    static List<Integer> header(int width, Map<Integer, List<Integer>> anchors, int minimum) {
        if (anchors.size() < minimum) {
            return null;
        }
        Integer[] at = new Integer[width];
        for (Map.Entry<Integer, List<Integer>> e : anchors.entrySet()) {
            List<Integer> positions = e.getValue().stream().distinct().toList();
            if (positions.size() != 1) {
                return null;
            }
            at[e.getKey()] = positions.get(0);
        }
        Integer start = null;
        for (int i = 0; i < width; i++) {
            if (at[i] == null) {
                continue;
            }
            if (start == null) {
                start = at[i] - i;
            } else if (at[i] - i != start) {
                start = Integer.MIN_VALUE;
                break;
            }
        }
        if (start != null && start != Integer.MIN_VALUE && start >= 0) {
            List<Integer> out = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                out.add(start + i);
            }
            return out;
        }
        if (anchors.size() < width) {
            return null;
        }
        List<Integer> out = new ArrayList<>(List.of(at));
        for (int i = 1; i < width; i++) {
            if (out.get(i) <= out.get(i - 1)) {
                return null;
            }
        }
        return out;
    }
}
