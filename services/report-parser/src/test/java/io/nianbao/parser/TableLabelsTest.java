package io.nianbao.parser;

import io.nianbao.model.Applications;
import io.nianbao.model.Report;
import io.nianbao.parser.extract.Normalizer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Table 3 row labels are matched by meaning: Traditional and full-width characters folded once, typos within a
 * bounded edit distance of the form's fixed labels, group labels inline in the row or on the line before, the
 * parent printed only on the first sub-row — while a narrative sentence that uses a label's words, or a label
 * the form does not have, never becomes a row.
 */
class TableLabelsTest {

    private final ReportParser parser = new ReportParser();

    private Report parse(String name, byte[] bytes) {
        ParseOutcome outcome = parser.parse(name, bytes);
        assertTrue(outcome.readable(), () -> outcome.unreadableReason());
        return outcome.report();
    }

    @Test
    void traditionalAndFullWidthAreFoldedOnce() {
        assertEquals("属于国家秘密", Normalizer.key("屬於國家秘密"));
        assertEquals("无正当理由大量反复申请", Normalizer.key("無正當理由大量反覆申請"));
        assertEquals("危及三安全一稳定", Normalizer.key("危及「三安全一穩定」"));
        assertEquals("补正后申请内容仍不明确", Normalizer.key("補正後申請內容仍不明確"));
        assertEquals("逾期未按收费通知要求缴纳费用", Normalizer.key("逾期未按收費通知要求繳納費用"));
        assertEquals("结转下年度继续办理", Normalizer.key("結轉下年度繼續辦理"));
        assertEquals("没有现成信息需要另行制作", Normalizer.key("沒有現成資訊需要另行製作"));
        assertEquals("七总计", Normalizer.key("（七）總計"));
        assertEquals("2其他", Normalizer.key("２．其他"));
        // 覆 is Simplified too: folded only where it stands for 复
        assertEquals("全面覆盖", Normalizer.key("全面覆蓋"));
    }

    @Test
    void traditionalMirrorWithTyposReadsEveryRow() {
        Report r = parse("traditional-mirror.txt", Fixtures.bytes("tables/traditional-mirror.txt"));
        assertEquals("2021", r.template());
        Applications t3 = r.tables().applications();
        assertEquals(25, t3.rows().size(), () -> t3.rows().keySet().toString());
        assertEquals(List.of(14, 3, 0, 0, 1, 0, 18), t3.rows().get("newReceived"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), t3.rows().get("withheld.stateSecret"));
        assertEquals(List.of(0, 1, 0, 0, 0, 0, 1), t3.rows().get("withheld.processInformation"));
        // 行政査詢 (a variant character) and 不掌捤 (a typo) are one character off the form's label
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), t3.rows().get("withheld.administrativeQuery"));
        assertEquals(List.of(3, 1, 0, 0, 0, 0, 4), t3.rows().get("unavailable.notHeld"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), t3.rows().get("notProcessed.repeated"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), t3.rows().get("notProcessed.excessive"));
        assertEquals(Arrays.asList(0, 0, 0, 0, 0, 0, null), t3.rows().get("otherHandling.overdueFee"));
        assertEquals(List.of(15, 3, 0, 0, 1, 0, 19), t3.rows().get("resultTotal"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), t3.rows().get("carriedForward"));
        var t4 = r.tables().reviewLitigation();
        assertEquals(1, t4.litigationDirect().get("pending"));
        assertNull(t4.litigationAfterReview().get("upheld"));
        assertEquals(0, t4.litigationAfterReview().get("corrected"));
    }

    private static final String HEAD = "北岗街道办事处2023年政府信息公开工作年度报告\n\n一、总体情况\n\n本街道认真落实《条例》。\n\n"
            + "三、收到和处理政府信息公开申请情况\n\n";
    private static final String TAIL = "\n四、政府信息公开行政复议、行政诉讼情况\n\n行政复议\t行政诉讼\n"
            + "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n\n五、存在的主要问题及改进情况\n\n无。\n\n六、其他需要报告的事项\n\n无。\n";

    private Applications table3(String table) {
        return parse("r.txt", (HEAD + table + TAIL).getBytes(StandardCharsets.UTF_8)).tables().applications();
    }

    @Test
    void groupLabelsOnTheLineBeforeOrInlineAndOnlyOnTheFirstSubRow() {
        Applications t = table3("""
                一、本年新收政府信息公开申请数量\t5\t0\t0\t0\t0\t0\t5
                三、本年度办理结果
                （一）予以公开\t2\t0\t0\t0\t0\t0\t2
                （三）不予公开
                1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1
                2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0
                （四）无法提供\t1.本机关不掌握相关政府信息\t1\t0\t0\t0\t0\t0\t1
                2.没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0\t0
                （六）其他处理
                1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t1\t0\t0\t0\t0\t0\t1
                3.其他\t0\t0\t0\t0\t0\t0\t0
                （七）总计\t5\t0\t0\t0\t0\t0\t5
                """);
        assertEquals(List.of(2, 0, 0, 0, 0, 0, 2), t.rows().get("granted"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), t.rows().get("withheld.stateSecret"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), t.rows().get("withheld.lawProhibited"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), t.rows().get("unavailable.notHeld"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), t.rows().get("unavailable.needsCreation"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), t.rows().get("otherHandling.overdueCorrection"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), t.rows().get("otherHandling.other"));
        // the parent line （六）其他处理 before its sub-rows is not the 2019 form's single row
        assertFalse(t.hasRow("otherHandling"));
    }

    @Test
    void aNarrativeSentenceWithALabelsWordsIsNotARow() {
        String text = new String(Fixtures.bytes("tables/published-2019.txt"), StandardCharsets.UTF_8)
                .replace("三、收到和处理政府信息公开申请情况\n\n", "三、收到和处理政府信息公开申请情况\n\n"
                        + "本年度收到的申请中，申请人逾期未按收费通知要求缴纳费用的申请\n"
                        + "我办未收到无正当理由大量反复申请\n\n");
        Applications t = parse("r.txt", text.getBytes(StandardCharsets.UTF_8)).tables().applications();
        assertFalse(t.hasRow("otherHandling.overdueFee"), () -> t.rows().keySet().toString());
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), t.rows().get("notProcessed.excessive"));
        assertEquals(List.of(5, 1, 0, 0, 0, 1, 7), t.rows().get("otherHandling"));
        assertEquals(23, t.rows().size());
    }

    @Test
    void wordingVariantsAndNotesAroundTheLabelStillMatch() {
        Applications t = table3("""
                一、本年度收到政府信息公开申请数量（件）\t4\t0\t0\t0\t0\t0\t4
                二、上年结转政府信息公开申请数量（指上年度未办结转入本年度的申请）\t1\t0\t0\t0\t0\t0\t1
                （一）予以公开\t2\t0\t0\t0\t0\t0\t2
                （二）部份公开\t1\t0\t0\t0\t0\t0\t1
                （四）无法提供\t1.本机关不掌握相关的政府信息\t1\t0\t0\t0\t0\t0\t1
                （五）不予处理\t5.要求行政机关确认或重新出具已获得信息\t0\t0\t0\t0\t0\t0\t0
                （七）总计（件）\t4\t0\t0\t0\t0\t0\t4
                四、结转下一年度继续办理\t1\t0\t0\t0\t0\t0\t1
                """);
        assertEquals(List.of("newReceived", "carriedOver", "granted", "partiallyGranted", "unavailable.notHeld",
                "notProcessed.confirmation", "resultTotal", "carriedForward"), List.copyOf(t.rows().keySet()));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), t.rows().get("carriedOver"));
    }

    @Test
    void aLabelTheFormDoesNotHaveIsNotARow() {
        Applications t = table3("""
                一、本年新收政府信息公开申请数量\t5\t0\t0\t0\t0\t0\t5
                （一）予以公开\t2\t0\t0\t0\t0\t0\t2
                （八）其他情况说明\t9\t9\t9\t9\t9\t9\t54
                （二）部分信息公开说明\t8\t8\t8\t8\t8\t8\t48
                （七）总计\t2\t0\t0\t0\t0\t0\t2
                """);
        assertEquals(List.of("newReceived", "granted", "resultTotal"), List.copyOf(t.rows().keySet()));
    }
}
