package io.nianbao.parser;

import io.nianbao.model.Applications;
import io.nianbao.model.Report;
import io.nianbao.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One report (merged header cells, rowspan/colspan, a row of blank cells) as HTML, and as Word (.docx, .doc) and
 * PDF exported from it by LibreOffice: every format must give the same canonical values.
 */
class DocumentFormatsTest {

    private final ReportParser parser = new ReportParser();

    private Report parse(String name, byte[] bytes) {
        ParseOutcome outcome = parser.parse(name, bytes);
        assertTrue(outcome.readable(), () -> outcome.unreadableReason());
        return outcome.report();
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "docx", "doc", "pdf"})
    void sameReportInEveryFormat(String format) {
        String name = "merged-2021." + format;
        Report r = parse(name, Fixtures.bytes(name));
        assertEquals(format, r.source().format());
        assertEquals(name, r.source().fileName());
        assertEquals("石门市生态环境局", r.agency());
        assertEquals(2023, r.year());
        assertEquals(LocalDate.of(2024, 1, 22), r.publishedOn());
        assertEquals("2021", r.template());
        assertTrue(r.sections().stream().allMatch(Section::present));
        assertEquals("因政府信息公开工作被申请行政复议、提起行政诉讼情况", r.section(4).orElseThrow().title());
        assertEquals("本机关2023年度未收取信息处理费。", r.section(6).orElseThrow().text());

        Applications t3 = r.tables().applications();
        assertEquals(25, t3.rows().size());
        assertEquals(List.of(12, 3, 1, 0, 0, 1, 17), t3.rows().get("newReceived"));
        assertEquals(List.of(6, 1, 0, 0, 0, 1, 8), t3.rows().get("granted"));
        assertEquals(List.of(2, 1, 0, 0, 0, 0, 3), t3.rows().get("partiallyGranted"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), t3.rows().get("withheld.processInformation"));
        assertEquals(List.of(3, 1, 1, 0, 0, 0, 5), t3.rows().get("unavailable.notHeld"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), t3.rows().get("unavailable.needsCreation"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), t3.rows().get("notProcessed.repeated"));
        assertEquals(Arrays.asList(null, null, null, null, null, null, null),
                t3.rows().get("otherHandling.overdueCorrection"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), t3.rows().get("otherHandling.overdueFee"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), t3.rows().get("otherHandling.other"));
        assertEquals(List.of(13, 3, 1, 0, 0, 1, 18), t3.rows().get("resultTotal"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), t3.rows().get("carriedForward"));

        var t4 = r.tables().reviewLitigation();
        assertEquals(2, t4.review().get("upheld"));
        assertEquals(1, t4.review().get("other"));
        assertEquals(3, t4.review().get("total"));
        assertEquals(1, t4.litigationDirect().get("pending"));
        assertEquals(2, t4.litigationDirect().get("total"));
        assertEquals(0, t4.litigationAfterReview().get("total"));

        var t2 = r.tables().activeDisclosure();
        assertNull(t2.get("rules", "issued"));
        assertEquals(new BigDecimal("15"), t2.get("normativeDocuments", "inForce"));
        assertEquals(new BigDecimal("88"), t2.get("licensing", "decisions"));
        assertEquals(new BigDecimal("3.6"), t2.get("fees", "amount"));

        String where = r.provenance().get("applications.newReceived.total");
        String expected = switch (format) {
            case "pdf" -> "page \\d+ x=\\d+ y=\\d+";
            default -> "table \\d+ row \\d+ cell \\d+";
        };
        assertTrue(where.matches(expected), where);
    }

    @Test
    void htmlGridKeepsMergedCellsInTheirColumns() {
        Report r = parse("merged-2021.html", Fixtures.bytes("merged-2021.html"));
        assertEquals("table 2 row 4 cell 10", r.provenance().get("applications.newReceived.total"));
        assertEquals("table 2 row 8 cell 4", r.provenance().get("applications.withheld.stateSecret.naturalPerson"));
        assertEquals("table 3 row 4 cell 1", r.provenance().get("reviewLitigation.review.upheld"));
        assertEquals("UTF-8", r.source().encoding());
    }

    @Test
    void htmlInGbkWithMetaCharset() {
        String html = new String(Fixtures.bytes("merged-2021.html"), StandardCharsets.UTF_8)
                .replace("charset=utf-8", "charset=gbk");
        Report r = parse("report.htm", html.getBytes(Charset.forName("GBK")));
        assertEquals("GB18030", r.source().encoding());
        assertEquals("石门市生态环境局", r.agency());
        assertEquals(List.of(13, 3, 1, 0, 0, 1, 18), r.tables().applications().rows().get("resultTotal"));
    }

    @Test
    void wordHtmlSavedAsDocIsReadAsHtml() {
        Report r = parse("report.doc", Fixtures.bytes("merged-2021.html"));
        assertEquals("html", r.source().format());
        assertEquals(List.of(12, 3, 1, 0, 0, 1, 17), r.tables().applications().rows().get("newReceived"));
    }
}
