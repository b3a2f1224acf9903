package io.nianbao.parser;

import io.nianbao.model.Applications;
import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A blank cell stays blank in its own column in every layout — never filled by a neighbour, never moving the
 * rest of its row — whichever column it is in (自然人 at the label side, 总计 at the edge, any in between), in
 * rows whose label spans one, two or three grid columns, and in every position of Table 4's value row. Each
 * blank cell keeps its own provenance.
 */
class BlankCellsTest {

    private static final List<String> ROWS = List.of("newReceived", "granted", "partiallyGranted",
            "withheld.stateSecret", "withheld.thirdParty", "unavailable.unclear", "otherHandling.other",
            "resultTotal", "carriedForward");

    private final ReportParser parser = new ReportParser();

    private Report parse(TableLayouts.Layout layout, Map<String, Integer[]> t3, Integer[] t4) {
        byte[] bytes = TableLayouts.render(layout, TableLayouts.table3(t3), TableLayouts.table4(t4));
        String name = "blank." + layout.extension;
        ParseOutcome outcome = parser.parse(name, bytes);
        assertTrue(outcome.readable(), () -> layout + ": " + outcome.unreadableReason());
        return outcome.report();
    }

    @ParameterizedTest
    @EnumSource(TableLayouts.Layout.class)
    void everyTable3ColumnPositionStaysBlankInItsColumn(TableLayouts.Layout layout) {
        List<String> wrong = new ArrayList<>();
        for (String row : ROWS) {
            for (int column = 0; column < 7; column++) {
                Map<String, Integer[]> truth = TableLayouts.sampleTable3();
                truth.get(row)[column] = null;
                Report r = parse(layout, truth, TableLayouts.sampleTable4());
                Applications t3 = r.tables().applications();
                for (Map.Entry<String, Integer[]> e : truth.entrySet()) {
                    List<Integer> expected = Arrays.asList(e.getValue());
                    List<Integer> actual = t3 == null ? null : t3.rows().get(e.getKey());
                    if (!expected.equals(actual)) {
                        wrong.add(row + "." + column + " blank → " + e.getKey() + " " + actual + " ≠ " + expected);
                    }
                }
                String path = Applications.path(row, column);
                if (r.provenance().get(path) == null || r.provenance().get(path).isEmpty()) {
                    wrong.add(path + " has no provenance");
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> layout + ": " + wrong.size() + " wrong\n"
                + String.join("\n", wrong.subList(0, Math.min(15, wrong.size()))));
    }

    @ParameterizedTest
    @EnumSource(TableLayouts.Layout.class)
    void everyTable4PositionStaysBlankInItsColumn(TableLayouts.Layout layout) {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            Integer[] truth = TableLayouts.sampleTable4();
            truth[i] = null;
            Report r = parse(layout, TableLayouts.sampleTable3(), truth);
            ReviewLitigation t4 = r.tables().reviewLitigation();
            assertNotNull(t4, layout + " position " + i);
            List<Integer> actual = new ArrayList<>();
            for (String g : ReviewLitigation.GROUPS) {
                for (String k : ReviewLitigation.KEYS) {
                    actual.add(t4.group(g).get(k));
                }
            }
            if (!Arrays.asList(truth).equals(actual)) {
                wrong.add("position " + i + " blank → " + actual);
            }
        }
        assertTrue(wrong.isEmpty(), () -> layout + ":\n" + String.join("\n", wrong));
    }

    @Test
    void blankMarksAreBlankNeverZeroAndAChineseZeroIsZero() {
        String text = "西湖乡人民政府2023年政府信息公开工作年度报告\n\n一、总体情况\n\n本乡落实《条例》。\n\n"
                + "三、收到和处理政府信息公开申请情况\n\n"
                + "自然人 | 法人或其他组织 | 总计 |\n"
                + "一、本年新收政府信息公开申请数量 | / | - | — | 无 | 暂无 | 無 | 3 |\n"
                + "二、上年结转政府信息公开申请数量 | 〇 | 0 | 0 | 0 | 0 | 0 | 零 |\n"
                + "（七）总计 | 2 | 不适用 | 0 | 0 | 0 | 0 | -- |\n\n"
                + "四、政府信息公开行政复议、行政诉讼情况\n\n行政复议 | 行政诉讼 |\n" + "0 | ".repeat(14) + "/ |\n\n"
                + "五、存在的主要问题及改进情况\n\n无。\n";
        ParseOutcome outcome = parser.parse("marks.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Applications t3 = outcome.report().tables().applications();
        assertEquals(Arrays.asList(null, null, null, null, null, null, 3), t3.rows().get("newReceived"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), t3.rows().get("carriedOver"));
        assertEquals(Arrays.asList(2, null, 0, 0, 0, 0, null), t3.rows().get("resultTotal"));
        assertEquals(null, outcome.report().tables().reviewLitigation().litigationAfterReview().get("total"));
        assertEquals(0, outcome.report().tables().reviewLitigation().litigationAfterReview().get("pending"));
    }

    @ParameterizedTest
    @EnumSource(TableLayouts.Layout.class)
    void aRowWithTwoBlankEdgesKeepsItsMiddle(TableLayouts.Layout layout) {
        Map<String, Integer[]> truth = TableLayouts.sampleTable3();
        truth.get("newReceived")[0] = null;
        truth.get("newReceived")[6] = null;
        truth.get("withheld.stateSecret")[0] = null;
        truth.get("withheld.stateSecret")[6] = null;
        Report r = parse(layout, truth, TableLayouts.sampleTable4());
        assertEquals(Arrays.asList(truth.get("newReceived")), r.tables().applications().rows().get("newReceived"));
        assertEquals(Arrays.asList(truth.get("withheld.stateSecret")),
                r.tables().applications().rows().get("withheld.stateSecret"));
    }
}
