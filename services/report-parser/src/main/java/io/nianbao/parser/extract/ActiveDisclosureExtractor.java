package io.nianbao.parser.extract;

import io.nianbao.model.ActiveDisclosure;
import io.nianbao.parser.read.Cell;
import io.nianbao.parser.read.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Table 2, in either format and however it is cut up. Header rows (信息内容 | column words) name the columns of
 * the data rows below them, so the 2021 keys (issued, repealed, inForce, decisions, amount) and the 2019 ones
 * (newlyMade, newlyPublished, totalPublished, previousYear, change, items) come out of the same pass, whether the
 * table is one grid with a 第二十条第（X）项 row before each item or four or five small tables each with its own
 * header row (the 2019 layout of many web pages), and whether those tables are separated by a 第二十条 line, a
 * 第二十条 row or nothing.
 *
 * <p>Real headers are untidy: cut short (本年新 | 本年新 | 对外公开总数量, 本年增/), broken over two rows
 * (上一年 / 项目数量), carrying notes (上一年项目数量（指2019年事项数）), or without 信息内容
 * (采购项目数量 | 采购总金额 over a value row that has no label). Row labels carry notes too
 * (规章（设区的市…应提供相关数据）, 其他对外管理服务事项（指行政许可以外的…）); the note is not the label.
 */
final class ActiveDisclosureExtractor {

    /** A parenthesised note inside a label or a header word. */
    private static final Pattern NOTE = Pattern.compile("[（(][^（）()]*[）)]");
    /** The item of a 第二十条第（X）项 separator. */
    private static final Pattern ITEM = Pattern.compile("第二十条第?([一二三四五六七八九十]+)项?");
    private static final int MAX_SEPARATOR = 24;
    /** The x position in a PDF cell's provenance. */
    private static final Pattern GRID = Pattern.compile("^table \\d+ row \\d+ cell (\\d+)$");
    private static final Pattern X = Pattern.compile("\\bx=(\\d+)");

    private ActiveDisclosureExtractor() {
    }

    /** What the pass knows about the sub-table it is in. */
    private static final class State {
        /** Column keys named by the current header, null before one is seen. */
        List<String> columns;
        /** Where each column's header word starts on the page (PDF), else null. */
        List<Integer> columnX;
        /** The grid column (1-based, Word/HTML tables) of each column's header cell, else null. */
        List<Integer> columnGrid;
        /** The table number of the header row (0 when not in a table). */
        int headerTable;
        /** The cells of the last row that looked like a header, to join a header broken over two rows. */
        List<Cell> headerCells;
        /** The current 第二十条 item (一, 五, 六, 八, 九), null before one is seen. */
        String item;
        /** A 2019-format column word has been seen. */
        boolean format2019;
    }

    /** The table, or null when none of its rows is found. */
    static ActiveDisclosure extract(List<Row> rows, Map<String, String> provenance) {
        ActiveDisclosure table = new ActiveDisclosure();
        State s = new State();
        for (Row row : rows) {
            String item = separator(row);
            if (item != null) {
                s.item = item;
                s.columns = null;
                s.columnX = null;
                s.columnGrid = null;
                s.headerCells = null;
                continue;
            }
            if (!row.tabular()) {
                bareLabel(row, s, table, provenance);
                continue;
            }
            if (header(row, s)) {
                continue;
            }
            RowParts parts = RowParts.of(row);
            String key = rowKey(parts.label());
            if (key == null && !parts.hasLabel() && parts.anyNonBlankValue()) {
                key = unlabelled(s);
            }
            if (key == null) {
                continue;
            }
            s.headerCells = null;
            if (table.rows().containsKey(key)) {
                continue;
            }
            boolean headed = s.columns != null && !s.columns.isEmpty() && fits(key, s.columns);
            List<String> cols = headed ? s.columns : defaults(key, s.format2019);
            List<Cell> cells = headed ? byPosition(parts.values(), s.columnX) : null;
            if (cells == null && headed && row.table() == s.headerTable) {
                cells = byGrid(parts.values(), s.columnGrid);
            }
            if (cells == null) {
                cells = firstCells(parts.values(), cols.size());
            }
            for (int c = 0; c < cols.size(); c++) {
                Cell cell = cells.get(c);
                table.cell(key, cols.get(c), cell == null ? null : Values.decimal(cell.text()));
                if (cell != null) {
                    provenance.put("activeDisclosure." + key + "." + cols.get(c), cell.where());
                }
            }
        }
        return table.rows().isEmpty() ? null : table;
    }

    /** The item of a 第二十条第（X）项 row or line (a separator between items), else null. */
    private static String separator(Row row) {
        String k = Normalizer.key(row.text());
        if (k.length() > MAX_SEPARATOR || !k.contains("第二十条")) {
            return null;
        }
        for (Cell cell : row.cells()) {
            if (!cell.blank() && Values.isNumber(cell.text())) {
                return null;
            }
        }
        Matcher m = ITEM.matcher(k);
        return m.find() ? m.group(1) : "?";
    }

    /**
     * Reads {@code row} as a header row when it is one (no number, and 信息内容 or a column word first, or two
     * column words), updating the state; a row of word fragments under a header is joined to it cell by cell
     * (上一年 / 项目数量). Returns whether the row was a header.
     */
    private static boolean header(Row row, State s) {
        List<Cell> cells = row.cells();
        for (Cell cell : cells) {
            if (!cell.blank() && Values.isNumber(cell.text())) {
                return false;
            }
        }
        boolean content = cells.stream().anyMatch(c -> Normalizer.key(c.text()).startsWith("信息内容"));
        if (!content && joinsHeaderAbove(cells, s)) {
            return true;
        }
        List<String> keys = columns(cells);
        if (keys != null && (content || keys.size() >= 2 || startsWithColumn(cells))) {
            s.columns = keys;
            s.columnX = columnX(cells);
            s.columnGrid = columnGrid(cells);
            s.headerTable = row.table();
            s.headerCells = cells;
            s.format2019 |= keys.stream().anyMatch(ActiveDisclosureExtractor::is2019Column);
            return true;
        }
        if (content && keys == null) {
            s.columns = List.of();
            s.columnX = null;
            s.columnGrid = null;
            s.headerTable = row.table();
            s.headerCells = cells;
            return true;
        }
        return false;
    }

    /**
     * A row of word fragments right under a header row with as many cells (上一年 | 本年 | 处理 over
     * 项目数量 | 增/减 | 决定数量) completes it: the cells are joined top to bottom, and when the joined words name
     * more columns than the row above did alone, they are the header.
     */
    private static boolean joinsHeaderAbove(List<Cell> cells, State s) {
        if (s.headerCells == null || s.headerCells.size() != cells.size()
                || cells.stream().anyMatch(c -> rowKey(c.text()) != null)) {
            return false;
        }
        List<Cell> joined = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell above = s.headerCells.get(i);
            joined.add(new Cell(above.text().strip() + cells.get(i).text().strip(), above.where()));
        }
        List<String> more = columns(joined);
        if (more == null || (s.columns != null && more.size() <= s.columns.size())) {
            return false;
        }
        s.columns = more;
        s.columnX = columnX(joined);
        s.columnGrid = columnGrid(joined);
        s.headerCells = joined;
        s.format2019 |= more.stream().anyMatch(ActiveDisclosureExtractor::is2019Column);
        return true;
    }

    /**
     * A label printed alone on its line under a header (a PDF row whose value cells are all blank: nothing but the
     * label is printed) is that row with every value blank.
     */
    private static void bareLabel(Row row, State s, ActiveDisclosure table, Map<String, String> provenance) {
        String text = row.text().strip();
        if (s.columns == null || s.columns.isEmpty() || text.length() > MAX_SEPARATOR) {
            return;
        }
        String key = rowKey(text);
        if (key == null || table.rows().containsKey(key) || !fits(key, s.columns)) {
            return;
        }
        for (String col : s.columns) {
            table.cell(key, col, null);
            provenance.put("activeDisclosure." + key + "." + col, row.where());
        }
    }

    /** The page and x where each header cell naming a column starts, or null when positions are unknown. */
    private static List<Integer> columnX(List<Cell> cells) {
        return headerPositions(cells, ActiveDisclosureExtractor::x);
    }

    /**
     * Value cells placed under the header words they stand beneath (PDF text, where a blank cell leaves no cell
     * at all): each value goes to the column whose header starts nearest to it. Null when positions are unknown,
     * when no cell is missing, or when two values would share a column.
     */
    private static List<Cell> byPosition(List<Cell> values, List<Integer> columnX) {
        if (columnX == null || columnX.isEmpty()) {
            return null;
        }
        List<Cell> present = values.stream().filter(c -> !c.blank()).toList();
        if (present.isEmpty() || present.size() >= columnX.size()) {
            return null;
        }
        Cell[] out = new Cell[columnX.size()];
        for (Cell cell : present) {
            Integer x = x(cell);
            if (x == null) {
                return null;
            }
            int best = 0;
            for (int j = 1; j < columnX.size(); j++) {
                if (Math.abs(columnX.get(j) - x) < Math.abs(columnX.get(best) - x)) {
                    best = j;
                }
            }
            if (out[best] != null) {
                return null;
            }
            out[best] = cell;
        }
        return java.util.Arrays.asList(out);
    }

    /**
     * The grid column of each header cell naming a column, or null when the cells carry no grid position. A table
     * whose sub-tables have different column widths (Word 97 joins adjacent tables into one; a header spans
     * several grid columns) leaves blank cells between the values, which sit under their header cells.
     */
    private static List<Integer> columnGrid(List<Cell> cells) {
        List<Integer> out = headerPositions(cells, ActiveDisclosureExtractor::gridColumn);
        return out == null || out.isEmpty() ? null : out;
    }

    /**
     * Where each header cell that names a column stands, by {@code position} (x on the page, or grid column), in
     * header order; null when one of them has no position.
     */
    private static List<Integer> headerPositions(List<Cell> cells, Function<Cell, Integer> position) {
        List<Integer> out = new ArrayList<>();
        List<String> before = new ArrayList<>();
        boolean afterNewlyMade = false;
        for (Cell cell : cells) {
            String k = Normalizer.key(stripNotes(cell.text()));
            if (k.isEmpty() || k.startsWith("信息内容")) {
                continue;
            }
            String col = column(k, before, afterNewlyMade);
            if (col == null) {
                col = column(Normalizer.key(cell.text()), before, afterNewlyMade);
            }
            if (col == null) {
                continue;
            }
            before.add(col);
            afterNewlyMade = col.equals("newlyMade");
            Integer at = position.apply(cell);
            if (at == null) {
                return null;
            }
            out.add(at);
        }
        return out;
    }

    /**
     * Value cells taken at their header cells' grid columns: null unless every printed value stands in a header's
     * column (then blank cells between them are only the span of a wider header, not missing values).
     */
    private static List<Cell> byGrid(List<Cell> values, List<Integer> columnGrid) {
        if (columnGrid == null || columnGrid.stream().distinct().count() != columnGrid.size()) {
            return null;
        }
        Map<Integer, Cell> at = new java.util.HashMap<>();
        for (Cell cell : values) {
            Integer g = gridColumn(cell);
            if (g == null) {
                return null;
            }
            if (!cell.blank() && !columnGrid.contains(g)) {
                return null;
            }
            at.put(g, cell);
        }
        List<Cell> out = new ArrayList<>();
        for (int g : columnGrid) {
            out.add(at.get(g));
        }
        return out;
    }

    /** The 1-based grid column of a table cell ({@code table T row R cell C}), or null for other cells. */
    private static Integer gridColumn(Cell cell) {
        Matcher m = GRID.matcher(cell.where());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The x a PDF cell starts at ({@code page P x=X y=Y}), or null for other formats. */
    private static Integer x(Cell cell) {
        Matcher m = X.matcher(cell.where());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static boolean startsWithColumn(List<Cell> cells) {
        for (Cell cell : cells) {
            if (!cell.blank()) {
                return column(Normalizer.key(stripNotes(cell.text())), List.of(), false) != null;
            }
        }
        return false;
    }

    /** The column keys a row's cells name, in order, or null when it names none. */
    private static List<String> columns(List<Cell> cells) {
        List<String> keys = new ArrayList<>();
        boolean afterNewlyMade = false;
        for (Cell cell : cells) {
            String k = Normalizer.key(stripNotes(cell.text()));
            if (k.isEmpty() || k.startsWith("信息内容")) {
                continue;
            }
            String col = column(k, keys, afterNewlyMade);
            if (col == null) {
                col = column(Normalizer.key(cell.text()), keys, afterNewlyMade);
            }
            if (col != null) {
                keys.add(col);
                afterNewlyMade = col.equals("newlyMade");
            }
        }
        return keys.isEmpty() ? null : keys;
    }

    private static String column(String k, List<String> before, boolean afterNewlyMade) {
        if (k.contains("制发")) {
            return "issued";
        }
        if (k.contains("废止")) {
            return "repealed";
        }
        if (k.contains("现行有效")) {
            return "inForce";
        }
        if (k.contains("新制作")) {
            return "newlyMade";
        }
        if (k.contains("新公开") || (k.equals("本年新") && afterNewlyMade)) {
            return "newlyPublished";
        }
        if (k.equals("本年新")) {
            return "newlyMade";
        }
        if (k.contains("公开总数") || k.contains("对外公开")) {
            return "totalPublished";
        }
        if (k.contains("上一年") || k.contains("上年")) {
            return "previousYear";
        }
        if (k.contains("增减") || k.endsWith("本年增")) {
            return "change";
        }
        if (k.contains("处理决定")) {
            return "decisions";
        }
        if (k.contains("采购项目") || (k.contains("项目数") && before.isEmpty())) {
            return "items";
        }
        if (k.contains("金额")) {
            return "amount";
        }
        return null;
    }

    private static boolean is2019Column(String key) {
        return switch (key) {
            case "newlyMade", "newlyPublished", "totalPublished", "previousYear", "change", "items" -> true;
            default -> false;
        };
    }

    /** The row key named by a label (its notes removed), or null. */
    private static String rowKey(String label) {
        String k = Normalizer.key(stripNotes(label));
        if (k.isEmpty() || k.contains("信息内容") || k.contains("第二十条") || k.startsWith("其他主动公开")) {
            return null;
        }
        if (k.contains("规范性")) {
            return "normativeDocuments";
        }
        if (k.startsWith("规章") || k.endsWith("规章")) {
            return "rules";
        }
        if (k.contains("对外管理服务")) {
            return "otherServices";
        }
        if (k.contains("行政许可")) {
            return "licensing";
        }
        if (k.contains("行政处罚")) {
            return "punishment";
        }
        if (k.contains("行政强制")) {
            return "enforcement";
        }
        if (k.contains("收费")) {
            return "fees";
        }
        if (k.contains("采购")) {
            return "procurement";
        }
        return null;
    }

    /**
     * The row a value row without a label belongs to, when its sub-table has only one: procurement under
     * 采购项目数量 | 采购总金额 or in item （九）, fees in item （八）, licensing in the 2021 item （五）.
     */
    private static String unlabelled(State s) {
        if (s.columns != null && s.columns.contains("items")) {
            return "procurement";
        }
        if (s.item == null) {
            return null;
        }
        return switch (s.item) {
            case "九" -> "procurement";
            case "八" -> "fees";
            case "五" -> s.format2019 ? null : "licensing";
            default -> null;
        };
    }

    /** Whether a header's columns can belong to the row (a 2021 fee amount is not a procurement total …). */
    private static boolean fits(String key, List<String> columns) {
        return switch (key) {
            case "rules", "normativeDocuments" -> columns.stream().anyMatch(c -> c.equals("issued")
                    || c.equals("repealed") || c.equals("inForce") || c.equals("newlyMade")
                    || c.equals("newlyPublished") || c.equals("totalPublished"));
            case "procurement" -> columns.contains("items") || columns.contains("amount");
            case "fees" -> columns.contains("amount") || columns.contains("previousYear")
                    || columns.contains("change");
            default -> columns.contains("decisions") || columns.contains("previousYear")
                    || columns.contains("change");
        };
    }

    private static List<String> defaults(String key, boolean format2019) {
        boolean old = format2019 || key.equals("otherServices") || key.equals("procurement");
        return switch (key) {
            case "rules", "normativeDocuments" -> old ? List.of("newlyMade", "newlyPublished", "totalPublished")
                    : List.of("issued", "repealed", "inForce");
            case "fees" -> old ? List.of("previousYear", "change") : List.of("amount");
            case "procurement" -> List.of("items", "amount");
            default -> old ? List.of("previousYear", "change", "decisions") : List.of("decisions");
        };
    }

    private static String stripNotes(String s) {
        String t = s;
        for (int guard = 0; guard < 4; guard++) {
            String next = NOTE.matcher(t).replaceAll("");
            if (next.equals(t)) {
                break;
            }
            t = next;
        }
        return t;
    }

    private static List<Cell> firstCells(List<Cell> values, int n) {
        List<Cell> out = new ArrayList<>(values.subList(0, Math.min(n, values.size())));
        while (out.size() < n) {
            out.add(null);
        }
        return out;
    }
}
