package io.nianbao.parser;

import io.nianbao.model.Applications;
import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 2019-format tables as agencies printed them: Table 3 whose header spans three lines and whose rows carry the
 * group label inline, with the 2019 single row （六）其他处理; Table 4 as header lines and one unlabelled row of 15
 * values, or as 15 one-per-line cells, 3 rows of 5, one cell per line ending in a pipe, or rows per group — with
 * blank cells anywhere. Fixtures under {@code fixtures/tables/} are invented reports laid out like published
 * ones (a web page copied out as {@code a | b |} text, an HTML page inside a layout table).
 */
class Table2019LayoutsTest {

    private final ReportParser parser = new ReportParser();

    private Report parse(String name, byte[] bytes) {
        ParseOutcome outcome = parser.parse(name, bytes);
        assertTrue(outcome.readable(), () -> outcome.unreadableReason());
        return outcome.report();
    }

    private Report text(String body) {
        return parse("r.txt", body.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Integer> fifteen(ReviewLitigation t) {
        List<Integer> out = new ArrayList<>();
        for (String g : ReviewLitigation.GROUPS) {
            for (String k : ReviewLitigation.KEYS) {
                out.add(t.group(g).get(k));
            }
        }
        return out;
    }

    @Test
    void webPageCopiedAsPipeRowsReadsTable3WithInlineGroupsAndTable4UnderTwoHeaderLines() {
        Report r = parse("published-2019.txt", Fixtures.bytes("tables/published-2019.txt"));
        assertEquals(2019, r.year());
        assertEquals("2019", r.template());
        Applications t3 = r.tables().applications();
        assertNotNull(t3);
        assertEquals(List.of(231, 18, 0, 1, 6, 3, 259), t3.rows().get("newReceived"));
        assertEquals(List.of(96, 5, 0, 0, 2, 1, 104), t3.rows().get("granted"));
        assertEquals(List.of(21, 2, 0, 0, 1, 0, 24), t3.rows().get("partiallyGranted"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), t3.rows().get("withheld.stateSecret"));
        assertEquals(List.of(2, 0, 0, 0, 0, 0, 2), t3.rows().get("withheld.lawProhibited"));
        assertEquals(Arrays.asList(0, 0, null, 0, 0, 0, 0), t3.rows().get("withheld.enforcementFile"));
        assertEquals(List.of(58, 6, 0, 1, 2, 1, 68), t3.rows().get("unavailable.notHeld"));
        assertEquals(List.of(9, 0, 0, 0, 0, 0, 9), t3.rows().get("notProcessed.petition"));
        assertEquals(List.of(5, 1, 0, 0, 0, 1, 7), t3.rows().get("otherHandling"));
        assertFalse(t3.hasRow("otherHandling.other"));
        assertEquals(Arrays.asList(232, 17, 0, 1, 6, 3, null), t3.rows().get("resultTotal"));
        assertEquals(List.of(8, 2, 0, 0, 0, 0, 10), t3.rows().get("carriedForward"));
        assertEquals(23, t3.rows().size());
        assertEquals(Arrays.asList(41, 6, 3, 9, 59, 22, 1, 4, 11, 38, 7, null, 1, 2, 10),
                fifteen(r.tables().reviewLitigation()));
        assertEquals("line 64 col 1", r.provenance().get("reviewLitigation.review.upheld"));
    }

    @Test
    void htmlPageInsideALayoutTableKeepsBlankCellsInTheirColumns() {
        Report r = parse("published-2019.html", Fixtures.bytes("tables/published-2019.html"));
        assertEquals("2019", r.template());
        Applications t3 = r.tables().applications();
        assertEquals(Arrays.asList(72, 6, 0, 0, 2, 1, null), t3.rows().get("newReceived"));
        assertEquals(Arrays.asList(null, 1, 0, 0, 0, 0, 4), t3.rows().get("carriedOver"));
        assertEquals(Arrays.asList(1, 1, 0, 0, 0, 0, null), t3.rows().get("withheld.processInformation"));
        assertEquals(List.of(17, 2, 0, 0, 1, 0, 20), t3.rows().get("unavailable.notHeld"));
        assertEquals(List.of(2, 0, 0, 0, 0, 1, 3), t3.rows().get("otherHandling"));
        assertEquals(List.of(73, 7, 0, 0, 2, 1, 83), t3.rows().get("resultTotal"));
        assertEquals(List.of(2, 0, 0, 0, 0, 0, 2), t3.rows().get("carriedForward"));
        assertEquals(Arrays.asList(null, 1, 0, 1, 3, 2, 0, 0, 1, 3, 0, 0, 0, 0, 0),
                fifteen(r.tables().reviewLitigation()));
        assertTrue(r.provenance().get("applications.newReceived.total").startsWith("table "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "docx", "doc"})
    void wordFilesExportedByLibreOfficeKeepBlankCellsInTheirColumns(String format) {
        String name = "blank-cells-2019." + format;
        Report r = parse(name, Fixtures.bytes("tables/" + name));
        assertEquals(format, r.source().format());
        Applications t3 = r.tables().applications();
        assertEquals(23, t3.rows().size());
        assertEquals(Arrays.asList(72, 6, 0, 0, 2, 1, null), t3.rows().get("newReceived"));
        assertEquals(Arrays.asList(null, 1, 0, 0, 0, 0, 4), t3.rows().get("carriedOver"));
        assertEquals(Arrays.asList(1, 1, 0, 0, 0, 0, null), t3.rows().get("withheld.processInformation"));
        assertEquals(List.of(2, 0, 0, 0, 0, 1, 3), t3.rows().get("otherHandling"));
        assertEquals(List.of(73, 7, 0, 0, 2, 1, 83), t3.rows().get("resultTotal"));
        assertEquals(Arrays.asList(null, 1, 0, 1, 3, 2, 0, 0, 1, 3, 0, 0, 0, 0, 0),
                fifteen(r.tables().reviewLitigation()));
    }

    private static final String HEAD = "青石镇人民政府2019年政府信息公开工作年度报告\n\n一、总体情况\n\n本镇认真落实《条例》。\n\n"
            + "三、收到和处理政府信息公开申请情况\n\n";
    private static final String T3 = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况\n"
            + "一、本年新收政府信息公开申请数量\t\t3\t0\t0\t0\t0\t0\t3\n"
            + "（七）总计\t\t3\t0\t0\t0\t0\t0\t3\n\n";
    private static final String T4_HEAD = "四、政府信息公开行政复议、行政诉讼情况\n\n";
    private static final String TAIL = "\n五、存在的主要问题及改进情况\n\n培训不足。\n\n六、其他需要报告的事项\n\n无。\n";

    private ReviewLitigation table4(String table) {
        return text(HEAD + T3 + T4_HEAD + table + TAIL).tables().reviewLitigation();
    }

    @Test
    void table4AsFifteenCellsOnePerLine() {
        String headers = "行政复议 | 行政诉讼 |\n结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |\n\n";
        StringBuilder perLine = new StringBuilder("\t行政复议\n\t行政诉讼\n\n");
        StringBuilder bare = new StringBuilder(headers);
        StringBuilder piped = new StringBuilder(headers);
        for (int i = 0; i < 15; i++) {
            perLine.append('\t').append(i == 3 ? "" : String.valueOf(30 + i)).append('\n');
            bare.append(30 + i).append('\n');
            piped.append(i == 3 ? "" : String.valueOf(30 + i)).append(" |\n");
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            all.add(30 + i);
        }
        List<Integer> oneBlank = new ArrayList<>(all);
        oneBlank.set(3, null);
        assertEquals(oneBlank, fifteen(table4(perLine.toString())));
        assertEquals(all, fifteen(table4(bare.toString())));
        assertEquals(oneBlank, fifteen(table4(piped.toString())));
    }

    @Test
    void table4AsThreeRowsOfFiveAndWithBlankCellsAnywhere() {
        String header = "行政复议\t\t\t\t\t行政诉讼\n";
        String rows = header + "1\t0\t0\t0\t1\n2\t1\t0\t0\t3\n0\t0\t0\t1\t1\n";
        assertEquals(List.of(1, 0, 0, 0, 1, 2, 1, 0, 0, 3, 0, 0, 0, 1, 1), fifteen(table4(rows)));

        String grid = header + "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\t\n"
                + "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t\n";
        assertEquals(Arrays.asList(null, 0, 0, 0, 1, 2, 1, null, 0, 3, 0, 0, 0, 1, null),
                fifteen(table4(grid + "\t0\t0\t0\t1\t2\t1\t\t0\t3\t0\t0\t0\t1\t\t\n")));
        assertEquals(Arrays.asList(4, 0, 0, 0, 4, 2, 1, 0, 0, 3, 0, 0, 0, 1, null),
                fifteen(table4(grid + "4\t0\t0\t0\t4\t2\t1\t0\t0\t3\t0\t0\t0\t1\t\t\n")));
        assertEquals(Arrays.asList(null, 0, 0, 0, 4, 2, 1, 0, 0, 3, 0, 0, 0, 1, 1),
                fifteen(table4(grid + "\t0\t0\t0\t4\t2\t1\t0\t0\t3\t0\t0\t0\t1\t1\t\n")));
    }

    @Test
    void table4PrintedWithOneRowPerGroup() {
        String rows = "| | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
                + "| 行政复议 | 2 | 0 | 0 | 1 | 3 |\n"
                + "| 行政诉讼（未经复议直接起诉） | 1 | 1 | 0 | 0 | 2 |\n"
                + "| 行政诉讼（复议后起诉） | 0 | 0 | 0 |  | 0 |\n";
        assertEquals(Arrays.asList(2, 0, 0, 1, 3, 1, 1, 0, 0, 2, 0, 0, 0, null, 0), fifteen(table4(rows)));
    }

    @Test
    void rowsFlattenedWithSpacesAsInTextTakenFromAPdf() {
        String t = """
                申请人情况
                自然人 法人或其他组织 总计
                一、本年新收政府信息公开申请数量 58 7 0 0 1 0 66
                三、本年度办理结果 （一）予以公开 20 2 0 0 1 0 23
                （三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0
                2.其他法律行政法规禁止公开 1 / 0 0 0 0 1
                （七）总计 50 6 0 0 1 0 57
                本年度共收到申请 58 件，均已按期答复。
                """;
        Report r = text(HEAD.replace("三、收到和处理政府信息公开申请情况\n\n", "三、收到和处理政府信息公开申请情况\n\n" + t)
                + "\n" + T4_HEAD + "行政复议 行政诉讼\n1 0 0 0 1 2 0 0 1 3 0 0 0 0 0\n" + TAIL);
        Applications t3 = r.tables().applications();
        assertEquals(List.of(58, 7, 0, 0, 1, 0, 66), t3.rows().get("newReceived"));
        assertEquals(List.of(20, 2, 0, 0, 1, 0, 23), t3.rows().get("granted"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), t3.rows().get("withheld.stateSecret"));
        assertEquals(Arrays.asList(1, null, 0, 0, 0, 0, 1), t3.rows().get("withheld.lawProhibited"));
        assertEquals(List.of(50, 6, 0, 0, 1, 0, 57), t3.rows().get("resultTotal"));
        assertEquals(5, t3.rows().size());
        assertEquals(List.of(1, 0, 0, 0, 1, 2, 0, 0, 1, 3, 0, 0, 0, 0, 0), fifteen(r.tables().reviewLitigation()));
        assertTrue(r.section(3).orElseThrow().text().contains("本年度共收到申请 58 件"));
    }

    @Test
    void cellsOnTheirOwnLinesLedByAPipe() {
        StringBuilder t = new StringBuilder("自然人\n| 法人或其他组织\n| 总计\n|\n");
        String[][] rows = {{"一、本年新收政府信息公开申请数量", "5", "1", "0", "", "0", "0", "6"},
                {"（七）总计", "4", "1", "0", "0", "0", "0", "5"}};
        for (String[] row : rows) {
            t.append(row[0]).append('\n');
            for (int i = 1; i < row.length; i++) {
                t.append(row[i].isEmpty() ? "|\n" : "| " + row[i] + "\n");
            }
            t.append("|\n");
        }
        StringBuilder t4 = new StringBuilder("行政复议\n| 行政诉讼\n|\n");
        for (int i = 0; i < 15; i++) {
            t4.append(i == 9 ? "|\n" : "| " + i + "\n");
        }
        Report r = text(HEAD.replace("三、收到和处理政府信息公开申请情况\n\n", "三、收到和处理政府信息公开申请情况\n\n" + t)
                + "\n" + T4_HEAD + t4 + "|\n" + TAIL);
        assertEquals(Arrays.asList(5, 1, 0, null, 0, 0, 6), r.tables().applications().rows().get("newReceived"));
        assertEquals(List.of(4, 1, 0, 0, 0, 0, 5), r.tables().applications().rows().get("resultTotal"));
        assertEquals(Arrays.asList(0, 1, 2, 3, 4, 5, 6, 7, 8, null, 10, 11, 12, 13, 14),
                fifteen(r.tables().reviewLitigation()));
    }

    @Test
    void table3CellsOnePerLineEndingInAPipeAreStitchedToTheirLabel() {
        StringBuilder t = new StringBuilder("自然人 |\n法人或其他组织 |\n总计 |\n");
        t.append("一、本年新收政府信息公开申请数量 |\n");
        for (String v : new String[] {"5", "1", "0", "", "0", "0", "6"}) {
            t.append(v).append(" |\n");
        }
        t.append("（七）总计 |\n");
        for (String v : new String[] {"4", "1", "0", "0", "0", "0", "5"}) {
            t.append(v).append(" |\n");
        }
        Report r = text(HEAD.replace("三、收到和处理政府信息公开申请情况\n\n", "三、收到和处理政府信息公开申请情况\n\n" + t)
                + "\n" + T4_HEAD + "行政复议 | 行政诉讼 |\n" + "0 | ".repeat(15) + "\n" + TAIL);
        assertEquals(Arrays.asList(5, 1, 0, null, 0, 0, 6), r.tables().applications().rows().get("newReceived"));
        assertEquals(List.of(4, 1, 0, 0, 0, 0, 5), r.tables().applications().rows().get("resultTotal"));
    }
}
