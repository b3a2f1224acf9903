package io.nianbao.parser;

import io.nianbao.model.Applications;
import io.nianbao.model.Report;
import io.nianbao.model.Section;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain-text and Markdown reports in the three table flattenings. */
class TextFormatsTest {

    private final ReportParser parser = new ReportParser();

    private Report parse(String fixture) {
        ParseOutcome outcome = parser.parse(fixture, Fixtures.bytes(fixture));
        assertTrue(outcome.readable(), () -> outcome.unreadableReason());
        return outcome.report();
    }

    @Test
    void tabRowsWithShiftedLabelsBlanksAndSubHeadings() {
        Report r = parse("tab-layout-2021.txt");
        assertEquals("青山县交通运输局", r.agency());
        assertEquals(2023, r.year());
        assertEquals(LocalDate.of(2024, 1, 18), r.publishedOn());
        assertEquals("2021", r.template());
        assertTrue(r.sections().stream().allMatch(Section::present));
        assertTrue(r.section(1).orElseThrow().text().contains("三、平台建设与监督保障"));
        assertEquals("本机关2023年度未收取信息处理费。", r.section(6).orElseThrow().text());

        Applications t3 = r.tables().applications();
        assertEquals(25, t3.rows().size());
        assertEquals(List.of(5, 2, 0, 0, 1, 0, 8), t3.rows().get("newReceived"));
        assertEquals(List.of(2, 1, 0, 0, 1, 0, 4), t3.rows().get("granted"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), t3.rows().get("withheld.thirdParty"));
        assertEquals(Arrays.asList(null, null, null, null, null, null, null),
                t3.rows().get("withheld.administrativeQuery"));
        assertEquals(Arrays.asList(null, 0, 0, 0, 0, 0, null), t3.rows().get("notProcessed.repeated"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), t3.rows().get("notProcessed.confirmation"));
        assertEquals(Arrays.asList(0, 0, 0, null, 0, 0, 0), t3.rows().get("otherHandling.other"));
        assertEquals(List.of(5, 2, 0, 0, 1, 0, 8), t3.rows().get("resultTotal"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), t3.rows().get("carriedForward"));

        var t4 = r.tables().reviewLitigation();
        assertEquals(1, t4.review().get("upheld"));
        assertEquals(2, t4.review().get("total"));
        assertEquals(1, t4.litigationDirect().get("corrected"));
        assertNull(t4.litigationAfterReview().get("pending"));
        assertEquals(0, t4.litigationAfterReview().get("total"));

        var t2 = r.tables().activeDisclosure();
        assertNull(t2.get("rules", "issued"));
        assertEquals(new BigDecimal("12"), t2.get("normativeDocuments", "inForce"));
        assertEquals(new BigDecimal("156"), t2.get("licensing", "decisions"));
        assertNull(t2.get("enforcement", "decisions"));
        assertEquals(new BigDecimal("1.25"), t2.get("fees", "amount"));

        assertEquals("line 40 col 31", r.provenance().get("applications.newReceived.total"));
        assertEquals("line 71 col 1", r.provenance().get("reviewLitigation.review.upheld"));
        assertEquals("line 26 col 6", r.provenance().get("activeDisclosure.licensing.decisions"));
    }

    @Test
    void oneCellPerLineInGb18030With2019Template() {
        Report r = parse("cell-per-line-2019.gb18030.txt");
        assertEquals("GB18030", r.source().encoding());
        assertEquals("东湖区市场监督管理局", r.agency());
        assertEquals(2023, r.year());
        assertNull(r.publishedOn());
        assertEquals("2019", r.template());
        assertEquals("政府信息公开工作存在的主要问题及改进情况", r.section(5).orElseThrow().title());

        var t2 = r.tables().activeDisclosure();
        assertNull(t2.get("rules", "newlyMade"));
        assertEquals(new BigDecimal("9"), t2.get("normativeDocuments", "totalPublished"));
        assertEquals(new BigDecimal("3"), t2.get("licensing", "change"));
        assertEquals(new BigDecimal("-2"), t2.get("otherServices", "change"));
        assertEquals(new BigDecimal("976.81"), t2.get("procurement", "amount"));

        Applications t3 = r.tables().applications();
        assertEquals(23, t3.rows().size());
        assertEquals(List.of(1, 1, 0, 0, 0, 0, 2), t3.rows().get("granted"));
        assertEquals(Arrays.asList(null, null, null, null, null, null, null), t3.rows().get("otherHandling"));
        assertEquals(List.of(3, 1, 0, 0, 0, 0, 3), t3.rows().get("resultTotal"));
        assertEquals(1, r.tables().reviewLitigation().review().get("other"));
        assertEquals(1, r.tables().reviewLitigation().review().get("total"));
    }

    @Test
    void pipeRowsInTraditionalCharactersWithTypos() {
        Report r = parse("pipe-traditional.md");
        assertEquals("白水镇人民政府", r.agency(), "a Traditional mirror's agency comes back in Simplified");
        assertEquals("白水鎮人民政府", r.provenance().get("agency.printed"));
        assertEquals(LocalDate.of(2024, 1, 20), r.publishedOn());
        assertEquals("2021", r.template());
        assertTrue(r.sections().stream().allMatch(Section::present));
        assertEquals("主動公開政府信息情況", r.section(2).orElseThrow().title());
        Applications t3 = r.tables().applications();
        assertEquals(25, t3.rows().size());
        assertEquals(List.of(2, 0, 0, 0, 0, 0, 2), t3.rows().get("newReceived"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), t3.rows().get("unavailable.notHeld"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), t3.rows().get("otherHandling.other"));
        assertEquals(1, r.tables().reviewLitigation().litigationDirect().get("upheld"));
        assertEquals(new BigDecimal("18"), r.tables().activeDisclosure().get("licensing", "decisions"));
        assertNull(r.tables().activeDisclosure().get("fees", "amount"));
    }

    @Test
    void gbkBytesAndUtf8BomAreDecoded() {
        String text = new String(Fixtures.bytes("tab-layout-2021.txt"), StandardCharsets.UTF_8);
        Report gbk = parser.parse("r.txt", text.getBytes(Charset.forName("GBK"))).report();
        assertEquals("GB18030", gbk.source().encoding());
        assertEquals("青山县交通运输局", gbk.agency());
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        Report withBom = parser.parse("r.txt", bom).report();
        assertEquals("青山县交通运输局", withBom.agency());
        assertEquals(gbk.tables(), withBom.tables());
    }

    @Test
    void reportWithoutTablesHasNullTablesAndMissingSections() {
        String text = "某某街道办事处2023年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度主动公开信息10条。\n\n"
                + "五、存在的主要问题及改进情况\n\n无。\n";
        Report r = parser.parse("short.txt", text.getBytes(StandardCharsets.UTF_8)).report();
        assertEquals("某某街道办事处", r.agency());
        assertNull(r.tables().applications());
        assertNull(r.tables().reviewLitigation());
        assertNull(r.tables().activeDisclosure());
        assertEquals("unknown", r.template());
        assertTrue(r.section(1).orElseThrow().present());
        assertEquals(false, r.section(2).orElseThrow().present());
        assertEquals(false, r.section(6).orElseThrow().present());
        assertEquals("无。", r.section(5).orElseThrow().text());
    }
}
