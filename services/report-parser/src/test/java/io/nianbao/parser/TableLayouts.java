package io.nianbao.parser;

import io.nianbao.model.Applications;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a short report around the national form's Table 3 and Table 4 in the layouts agencies publish, for tests
 * that must see a blank cell stay in its column: grid text (tabs or pipes with the merged slots as empty cells),
 * a web page copied out as text (only the printed cells, {@code a | b |}), one cell per line, HTML with
 * rowspan/colspan, and docx with gridSpan/vMerge or with gridBefore/gridAfter instead of empty cells.
 * A null value is printed as an empty cell.
 */
final class TableLayouts {

    /** How the tables are flattened or written. */
    enum Layout {
        /** Tab-separated grid rows, merged slots as empty cells. */
        TAB_GRID("txt"),
        /** The same with a tab after the last cell (copied from a spreadsheet or a web page). */
        TAB_TRAILING("txt"),
        /** {@code | a | | | 5 |} grid rows, merged slots as {@code | |} gaps. */
        PIPE_GAPS("md"),
        /** {@code a | b | 5 |}: only the printed cells, merged slots dropped, a blank cell kept empty. */
        PIPE_PUBLISHED("txt"),
        /** One tab-led cell per line, rows separated by blank lines, merged slots dropped. */
        CELL_PER_LINE("txt"),
        /** HTML with rowspan/colspan and empty {@code <td>}. */
        HTML("html"),
        /** HTML whose rows leave out their trailing empty cells. */
        HTML_SHORT_ROWS("html"),
        /** docx with gridSpan and vMerge, empty cells written as empty cells. */
        DOCX("docx"),
        /** docx whose rows start after covered slots (gridBefore) and end before blank cells (gridAfter). */
        DOCX_GRID_BEFORE_AFTER("docx");

        final String extension;

        Layout(String extension) {
            this.extension = extension;
        }
    }

    /** A cell at its grid origin. */
    record Cell(int row, int col, int rowSpan, int colSpan, String text) {
    }

    /** A table of {@code width} columns; {@code cells} hold only the origins of merged cells. */
    record Grid(int width, int height, List<Cell> cells) {

        Cell[][] origins() {
            Cell[][] g = new Cell[height][width];
            for (Cell c : cells) {
                g[c.row()][c.col()] = c;
            }
            return g;
        }

        boolean covered(int row, int col) {
            for (Cell c : cells) {
                if (row >= c.row() && row < c.row() + c.rowSpan() && col >= c.col() && col < c.col() + c.colSpan()
                        && !(row == c.row() && col == c.col())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Builds a grid row by row, placing cells in the first free slot like HTML. */
    static final class GridBuilder {
        private final int width;
        private final List<Cell> cells = new ArrayList<>();
        private final List<boolean[]> taken = new ArrayList<>();
        private int row = -1;
        private int col;

        GridBuilder(int width) {
            this.width = width;
        }

        GridBuilder row() {
            row++;
            col = 0;
            ensure(row);
            return this;
        }

        GridBuilder cell(String text) {
            return cell(text, 1, 1);
        }

        GridBuilder cell(String text, int rowSpan, int colSpan) {
            while (col < width && taken.get(row)[col]) {
                col++;
            }
            for (int r = row; r < row + rowSpan; r++) {
                ensure(r);
                for (int c = col; c < col + colSpan; c++) {
                    taken.get(r)[c] = true;
                }
            }
            cells.add(new Cell(row, col, rowSpan, colSpan, text));
            col += colSpan;
            return this;
        }

        Grid build() {
            return new Grid(width, taken.size(), List.copyOf(cells));
        }

        private void ensure(int r) {
            while (taken.size() <= r) {
                taken.add(new boolean[width]);
            }
        }
    }

    static final Map<String, String> LABELS = new LinkedHashMap<>();
    private static final String[][] GROUPS = {
            {"withheld.", "（三）不予公开"}, {"unavailable.", "（四）无法提供"}, {"notProcessed.", "（五）不予处理"},
            {"otherHandling.", "（六）其他处理"}};

    static {
        LABELS.put("granted", "（一）予以公开");
        LABELS.put("partiallyGranted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        LABELS.put("withheld.stateSecret", "1．属于国家秘密");
        LABELS.put("withheld.lawProhibited", "2．其他法律行政法规禁止公开");
        LABELS.put("withheld.securityStability", "3．危及“三安全一稳定”");
        LABELS.put("withheld.thirdParty", "4．保护第三方合法权益");
        LABELS.put("withheld.internalAffairs", "5．属于三类内部事务信息");
        LABELS.put("withheld.processInformation", "6．属于四类过程性信息");
        LABELS.put("withheld.enforcementFile", "7．属于行政执法案卷");
        LABELS.put("withheld.administrativeQuery", "8．属于行政查询事项");
        LABELS.put("unavailable.notHeld", "1．本机关不掌握相关政府信息");
        LABELS.put("unavailable.needsCreation", "2．没有现成信息需要另行制作");
        LABELS.put("unavailable.unclear", "3．补正后申请内容仍不明确");
        LABELS.put("notProcessed.petition", "1．信访举报投诉类申请");
        LABELS.put("notProcessed.repeated", "2．重复申请");
        LABELS.put("notProcessed.publication", "3．要求提供公开出版物");
        LABELS.put("notProcessed.excessive", "4．无正当理由大量反复申请");
        LABELS.put("notProcessed.confirmation", "5．要求行政机关确认或重新出具已获取信息");
        LABELS.put("otherHandling.overdueCorrection", "1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
        LABELS.put("otherHandling.overdueFee", "2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
        LABELS.put("otherHandling.other", "3．其他");
        LABELS.put("otherHandling", "（六）其他处理");
    }

    private TableLayouts() {
    }

    /** A full 2021-format Table 3 with distinct non-zero counts (a shifted value would show). */
    static Map<String, Integer[]> sampleTable3() {
        Map<String, Integer[]> t = new LinkedHashMap<>();
        int r = 0;
        for (String key : Applications.ROWS) {
            if (key.equals("otherHandling")) {
                continue;
            }
            Integer[] cells = new Integer[7];
            int sum = 0;
            for (int c = 0; c < 6; c++) {
                cells[c] = 1 + (r * 5 + c * 3) % 9;
                sum += cells[c];
            }
            cells[6] = sum;
            t.put(key, cells);
            r++;
        }
        return t;
    }

    /** Fifteen distinct Table 4 numbers. */
    static Integer[] sampleTable4() {
        Integer[] v = new Integer[15];
        for (int i = 0; i < 15; i++) {
            v[i] = 11 + i;
        }
        return v;
    }

    /** The national form's Table 3 (width 10: three label columns, seven value columns). */
    static Grid table3(Map<String, Integer[]> t) {
        GridBuilder b = new GridBuilder(10);
        b.row().cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3).cell("申请人情况", 1, 7);
        b.row().cell("自然人", 2, 1).cell("法人或其他组织", 1, 5).cell("总计", 2, 1);
        b.row().cell("商业企业").cell("科研机构").cell("社会公益组织").cell("法律服务机构").cell("其他");
        values(b.row().cell("一、本年新收政府信息公开申请数量", 1, 3), t.get("newReceived"));
        values(b.row().cell("二、上年结转政府信息公开申请数量", 1, 3), t.get("carriedOver"));
        List<String> results = new ArrayList<>();
        for (String key : Applications.RESULT_ROWS) {
            if (t.containsKey(key)) {
                results.add(key);
            }
        }
        String group = null;
        for (int i = 0; i < results.size(); i++) {
            String key = results.get(i);
            b.row();
            if (i == 0) {
                b.cell("三、本年度办理结果", results.size() + 1, 1);
            }
            if (!key.contains(".")) {
                b.cell(LABELS.get(key), 1, 2);
            } else {
                String prefix = key.substring(0, key.indexOf('.') + 1);
                if (!prefix.equals(group)) {
                    group = prefix;
                    int span = (int) results.stream().filter(k -> k.startsWith(prefix)).count();
                    for (String[] g : GROUPS) {
                        if (g[0].equals(prefix)) {
                            b.cell(g[1], span, 1);
                        }
                    }
                }
                b.cell(LABELS.get(key));
            }
            values(b, t.get(key));
        }
        values(b.row().cell("（七）总计", 1, 2), t.get("resultTotal"));
        values(b.row().cell("四、结转下年度继续办理", 1, 3), t.get("carriedForward"));
        return b.build();
    }

    /** The national form's Table 4: two header lines (three grid rows) and one unlabelled row of 15 values. */
    static Grid table4(Integer[] v) {
        List<String> heads = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        GridBuilder b = new GridBuilder(15);
        b.row().cell("行政复议", 1, 5).cell("行政诉讼", 1, 10);
        b.row();
        for (String h : heads) {
            b.cell(h, 2, 1);
        }
        b.cell("未经复议直接起诉", 1, 5).cell("复议后起诉", 1, 5);
        b.row();
        for (int i = 0; i < 2; i++) {
            heads.forEach(b::cell);
        }
        b.row();
        for (Integer x : v) {
            b.cell(x == null ? "" : x.toString());
        }
        return b.build();
    }

    private static void values(GridBuilder b, Integer[] cells) {
        for (Integer x : cells) {
            b.cell(x == null ? "" : x.toString());
        }
    }

    private static final String TITLE = "东岭区教育局2023年政府信息公开工作年度报告";
    private static final String[] BEFORE = {
            "一、总体情况", "2023年，我局认真落实政府信息公开条例，做好主动公开、依申请公开和平台建设工作。",
            "二、主动公开政府信息情况", "本年度主动公开政府信息120条。",
            "三、收到和处理政府信息公开申请情况"};
    private static final String[] MIDDLE = {"四、政府信息公开行政复议、行政诉讼情况"};
    private static final String[] AFTER = {
            "五、存在的主要问题及改进情况", "政策解读形式较单一，下一步将丰富解读形式。",
            "六、其他需要报告的事项", "本机关2023年度未收取信息处理费。", "东岭区教育局", "2024年1月20日"};

    /** The report with both tables in the layout, as file bytes. */
    static byte[] render(Layout layout, Grid t3, Grid t4) {
        return switch (layout) {
            case TAB_GRID -> text(t3, t4, g -> slots(g, "\t", "", ""));
            case TAB_TRAILING -> text(t3, t4, g -> slots(g, "\t", "", "\t"));
            case PIPE_GAPS -> text(t3, t4, g -> slots(g, " | ", "| ", " |"));
            case PIPE_PUBLISHED -> text(t3, t4, TableLayouts::published);
            case CELL_PER_LINE -> text(t3, t4, TableLayouts::cellPerLine);
            case HTML -> html(t3, t4, false).getBytes(StandardCharsets.UTF_8);
            case HTML_SHORT_ROWS -> html(t3, t4, true).getBytes(StandardCharsets.UTF_8);
            case DOCX -> docx(t3, t4, false);
            case DOCX_GRID_BEFORE_AFTER -> docx(t3, t4, true);
        };
    }

    private static byte[] text(Grid t3, Grid t4, java.util.function.Function<Grid, String> table) {
        StringBuilder b = new StringBuilder(TITLE).append("\n\n");
        for (String line : BEFORE) {
            b.append(line).append("\n\n");
        }
        b.append(table.apply(t3)).append('\n');
        for (String line : MIDDLE) {
            b.append(line).append("\n\n");
        }
        b.append(table.apply(t4)).append('\n');
        for (String line : AFTER) {
            b.append(line).append("\n\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every grid slot, merged slots empty. */
    private static String slots(Grid g, String sep, String start, String end) {
        Cell[][] o = g.origins();
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < g.height(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < g.width(); c++) {
                cells.add(o[r][c] == null ? "" : o[r][c].text());
            }
            b.append(start).append(String.join(sep, cells)).append(end).append('\n');
        }
        return b.toString();
    }

    /** Only the printed cells (origins), joined by " | " and ended by " |". */
    private static String published(Grid g) {
        Cell[][] o = g.origins();
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < g.height(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < g.width(); c++) {
                if (o[r][c] != null) {
                    cells.add(o[r][c].text());
                }
            }
            b.append(String.join(" | ", cells)).append(" |\n");
        }
        return b.toString();
    }

    private static String cellPerLine(Grid g) {
        Cell[][] o = g.origins();
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < g.height(); r++) {
            for (int c = 0; c < g.width(); c++) {
                if (o[r][c] != null) {
                    b.append('\t').append(o[r][c].text()).append('\n');
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String html(Grid t3, Grid t4, boolean shortRows) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n");
        b.append("<h1>").append(TITLE).append("</h1>\n");
        for (String line : BEFORE) {
            b.append("<p>").append(line).append("</p>\n");
        }
        htmlTable(b, t3, shortRows);
        for (String line : MIDDLE) {
            b.append("<p>").append(line).append("</p>\n");
        }
        htmlTable(b, t4, shortRows);
        for (String line : AFTER) {
            b.append("<p>").append(line).append("</p>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    private static void htmlTable(StringBuilder b, Grid g, boolean shortRows) {
        Cell[][] o = g.origins();
        b.append("<table border=\"1\">\n");
        for (int r = 0; r < g.height(); r++) {
            int last = g.width() - 1;
            while (shortRows && last >= 0 && (o[r][last] == null || o[r][last].text().isEmpty())) {
                last--;
            }
            b.append("<tr>");
            for (int c = 0; c <= last; c++) {
                Cell cell = o[r][c];
                if (cell == null) {
                    continue;
                }
                b.append("<td");
                if (cell.rowSpan() > 1) {
                    b.append(" rowspan=\"").append(cell.rowSpan()).append('"');
                }
                if (cell.colSpan() > 1) {
                    b.append(" colspan=\"").append(cell.colSpan()).append('"');
                }
                b.append('>').append(cell.text().isEmpty() ? "&nbsp;" : cell.text()).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private static byte[] docx(Grid t3, Grid t4, boolean gridBeforeAfter) {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText(TITLE);
            for (String line : BEFORE) {
                d.createParagraph().createRun().setText(line);
            }
            docxTable(d, t3, gridBeforeAfter);
            for (String line : MIDDLE) {
                d.createParagraph().createRun().setText(line);
            }
            docxTable(d, t4, gridBeforeAfter);
            for (String line : AFTER) {
                d.createParagraph().createRun().setText(line);
            }
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Word's table: an origin cell carries gridSpan (and vMerge restart when it spans rows); a slot covered from
     * above is a vMerge continuation cell, or — with {@code gridBeforeAfter} — leading covered slots are left out
     * with gridBefore and trailing empty cells with gridAfter.
     */
    private static void docxTable(XWPFDocument d, Grid g, boolean gridBeforeAfter) {
        XWPFTable table = d.createTable();
        table.removeRow(0);
        Cell[][] o = g.origins();
        for (int r = 0; r < g.height(); r++) {
            XWPFTableRow row = table.insertNewTableRow(r);
            int first = 0;
            int last = g.width() - 1;
            if (gridBeforeAfter) {
                while (first < g.width() && o[r][first] == null && g.covered(r, first)) {
                    first++;
                }
                while (last > first && o[r][last] != null && o[r][last].text().isEmpty()) {
                    last--;
                }
                CTTrPr pr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
                if (first > 0) {
                    pr.addNewGridBefore().setVal(BigInteger.valueOf(first));
                }
                if (last < g.width() - 1) {
                    pr.addNewGridAfter().setVal(BigInteger.valueOf(g.width() - 1 - last));
                }
            }
            int c = first;
            while (c <= last) {
                Cell origin = o[r][c];
                if (origin != null) {
                    XWPFTableCell cell = row.addNewTableCell();
                    cell.setText(origin.text());
                    if (origin.colSpan() > 1) {
                        cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(origin.colSpan()));
                    }
                    if (origin.rowSpan() > 1) {
                        tcPr(cell).addNewVMerge().setVal(STMerge.RESTART);
                    }
                    c += origin.colSpan();
                    continue;
                }
                Cell above = owner(g, r, c);
                XWPFTableCell cell = row.addNewTableCell();
                int span = above == null ? 1 : above.colSpan();
                if (span > 1) {
                    tcPr(cell).addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                tcPr(cell).addNewVMerge();
                c += span;
            }
        }
    }

    private static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static Cell owner(Grid g, int row, int col) {
        for (Cell c : g.cells()) {
            if (row >= c.row() && row < c.row() + c.rowSpan() && col >= c.col() && col < c.col() + c.colSpan()) {
                return c;
            }
        }
        return null;
    }
}
