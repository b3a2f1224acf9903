package io.nianbao.parser;

import io.nianbao.model.Applications;
import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;
import io.nianbao.parser.pdfgen.FixtureReport;
import io.nianbao.parser.read.Cell;
import io.nianbao.parser.read.PdfReader;
import io.nianbao.parser.read.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PDF tables read by geometry (fixtures in {@code fixtures/pdf}, made by {@code pdfgen.PdfFixtureMain}): Table 3
 * with seven narrow value columns and numbers of up to five digits, blank cells in several columns (总计 included),
 * headers written one character per line, labels wrapped over two or three lines, a page break inside the table,
 * a running header and page numbers. Two were exported by LibreOffice (one with borders, one without), two drawn
 * with PDFBox so that neighbouring numbers stand exactly 0.5 pt apart (one with borders drawn as thin filled
 * rectangles, as Word does, one without). Every Table 3 and Table 4 cell is checked against the truth below.
 */
class PdfTablesTest {

    /** The truth of each fixture: the report its PDF was drawn from (one home for the numbers). */
    private static FixtureReport truth(String name) {
        if (name.contains("ruled")) {
            return FixtureReport.ruled();
        }
        return name.startsWith("drawn") ? FixtureReport.touching() : FixtureReport.borderless();
    }

    private final ReportParser parser = new ReportParser();

    private static byte[] pdf(String name) {
        return Fixtures.bytes("pdf/" + name);
    }

    private Report parse(String name) {
        ParseOutcome outcome = parser.parse(name, pdf(name));
        assertTrue(outcome.readable(), outcome::unreadableReason);
        return outcome.report();
    }

    private static List<Row> rows(String name) throws Exception {
        return new PdfReader().read(pdf(name)).rows();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ruled-narrow-2024.pdf", "drawn-ruled-2024.pdf", "borderless-narrow-2023.pdf",
            "drawn-touching-2023.pdf"})
    void everyTable3And4CellComesOutInItsColumn(String name) {
        Report r = parse(name);
        boolean ruled = name.contains("ruled");
        FixtureReport truth = truth(name);
        Integer[][] t3 = truth.table3();
        Integer[] t4 = truth.table4();
        assertEquals(truth.agency(), r.agency());
        assertEquals(truth.year(), r.year());
        assertEquals(ruled ? LocalDate.of(2025, 1, 20) : LocalDate.of(2024, 1, 25), r.publishedOn());
        assertEquals("2021", r.template());

        Applications applications = r.tables().applications();
        List<String> wrong = new ArrayList<>();
        List<String> keys = Applications.ROWS.stream().filter(k -> !k.equals("otherHandling")).toList();
        for (int i = 0; i < keys.size(); i++) {
            List<Integer> got = applications.rows().get(keys.get(i));
            if (!Arrays.asList(t3[i]).equals(got)) {
                wrong.add(keys.get(i) + ": expected " + Arrays.toString(t3[i]) + ", got " + got);
            }
        }
        ReviewLitigation review = r.tables().reviewLitigation();
        List<Integer> fifteen = new ArrayList<>();
        for (String group : ReviewLitigation.GROUPS) {
            for (String key : ReviewLitigation.KEYS) {
                fifteen.add(review.group(group).get(key));
            }
        }
        if (!Arrays.asList(t4).equals(fifteen)) {
            wrong.add("table 4: expected " + Arrays.toString(t4) + ", got " + fifteen);
        }
        assertTrue(wrong.isEmpty(), () -> name + "\n" + String.join("\n", wrong));
        assertEquals(25, applications.rows().size());
        assertTrue(r.provenance().get("applications.resultTotal.naturalPerson").matches("page 2 x=\\d+ y=\\d+"),
                () -> r.provenance().get("applications.resultTotal.naturalPerson"));
    }

    @Test
    void numbersHalfAPointApartAreTwoCells() throws Exception {
        assertEquals(List.of("一、本年新收政府信息公开申请数量", "20", "705", "1234", "10086", "0", "5", "12050"),
                texts(row(rows("drawn-touching-2023.pdf"), "一、本年新收")));
        assertEquals(List.of("（七）总计", "10086", "109", "11", "8", "9", "11", ""),
                texts(row(rows("drawn-ruled-2024.pdf"), "（七）总计")));
    }

    @Test
    void aBlankCellIsAnEmptyCellInItsOwnColumn() throws Exception {
        List<Row> rows = rows("ruled-narrow-2024.pdf");
        assertEquals(List.of("二、上年结转政府信息公开申请数量", "15", "2", "0", "0", "1", "0", ""),
                texts(row(rows, "二、上年结转")));
        assertEquals(List.of("三、本年度办理结果", "（一）予以公开", "", "12", "3", "0", "0", "1", "8120"),
                texts(row(rows, "三、本年度办理结果")));
        assertEquals(List.of("（六）其他处理", "1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "", "", "", "", "", "", ""), texts(row(rows, "（六）其他处理")));
        assertEquals(List.of("", "0", "0", "0", "0", "0", "0"),
                texts(row(rows("borderless-narrow-2023.pdf"), "二、上年结转")).subList(1, 8));
    }

    @Test
    void headersWrittenDownTheColumnAndWrappedLabelsAreOneCellEach() throws Exception {
        List<Row> ruled = rows("ruled-narrow-2024.pdf");
        assertEquals(List.of("", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""),
                texts(row(ruled, "商业企业")));
        assertEquals(List.of("5．要求行政机关确认或重新出具已获取信息", "3", "0", "0", "0", "0", "0", "3"),
                texts(row(ruled, "5．要求行政机关")));
        List<Row> drawn = rows("drawn-ruled-2024.pdf");
        assertTrue(texts(row(drawn, "自然人")).contains("自然人"));
        assertEquals(List.of("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "705", "20", "1", "0", "0", "0",
                "726"), texts(row(drawn, "（二）部分公开")));
        List<String> header = texts(row(rows("drawn-touching-2023.pdf"), "结果维持"));
        assertEquals(16, header.size(), header::toString);
        assertEquals("尚未审结", header.get(4));
    }

    @Test
    void runningHeadersAndPageNumbersAreLeftOutAndTheTitleReadsWhole() throws Exception {
        for (String name : List.of("ruled-narrow-2024.pdf", "drawn-ruled-2024.pdf")) {
            List<Row> rows = rows(name);
            assertEquals("云溪县自然资源局2024年政府信息公开工作年度报告", rows.get(0).text(), name);
            for (Row row : rows) {
                String t = row.text();
                assertFalse(t.matches("第 ?\\d+ ?页.*|- ?\\d+ ?-") || t.endsWith("政府信息公开") && !row.tabular(),
                        () -> name + ": " + t);
            }
            assertEquals(1, rows.stream().filter(row -> row.text().equals("云溪县自然资源局")).count(), name);
        }
    }

    @Test
    void paragraphsStayOneRowPerPrintedLine() throws Exception {
        List<Row> rows = rows("ruled-narrow-2024.pdf");
        Row first = row(rows, "本报告根据");
        assertFalse(first.tabular());
        assertTrue(first.text().startsWith("本报告根据《中华人民共和国政府信息公开条例》要求编制"), first.text());
        Report r = parse("ruled-narrow-2024.pdf");
        assertEquals("本机关2024年度未收取信息处理费。", r.section(6).orElseThrow().text());
    }

    private static Row row(List<Row> rows, String start) {
        return rows.stream().filter(r -> r.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no row starting " + start));
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }
}
