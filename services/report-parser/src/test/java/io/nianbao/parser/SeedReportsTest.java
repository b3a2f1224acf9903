package io.nianbao.parser;

import io.nianbao.model.Applications;
import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;
import io.nianbao.model.Section;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The five real seed reports in {@code <repo>/../shared/seeds}; skipped when that folder is absent. */
class SeedReportsTest {

    private static final List<Integer> ZEROS = Collections.nCopies(7, 0);
    private final ReportParser parser = new ReportParser();

    private static Path seedsDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("/nonexistent") : dir.resolveSibling("shared").resolve("seeds");
    }

    private Report seed(String prefix) throws IOException {
        Path dir = seedsDir();
        assumeTrue(Files.isDirectory(dir), "seed folder absent: " + dir);
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
        }
        assumeTrue(file != null, "seed " + prefix + " absent");
        ParseOutcome outcome = parser.parse(file.getFileName().toString(), Files.readAllBytes(file));
        assertTrue(outcome.readable(), () -> "unreadable: " + outcome.unreadableReason());
        Report r = outcome.report();
        assertEquals("txt", r.source().format());
        assertEquals("UTF-8", r.source().encoding());
        assertEquals(64, r.source().sha256().length());
        assertEquals(6, r.sections().size());
        assertTrue(r.sections().stream().allMatch(Section::present), "all six sections present");
        return r;
    }

    private static void assertAllRows(Applications t, List<String> keys) {
        for (String key : keys) {
            assertEquals(ZEROS, t.rows().get(key), key);
        }
    }

    private static List<String> rows2021() {
        List<String> keys = new ArrayList<>(Applications.ROWS);
        keys.remove("otherHandling");
        return keys;
    }

    private static void assertTable4Zeros(Report r) {
        ReviewLitigation t4 = r.tables().reviewLitigation();
        assertNotNull(t4);
        for (String g : ReviewLitigation.GROUPS) {
            for (String k : ReviewLitigation.KEYS) {
                assertEquals(0, t4.group(g).get(k), g + "." + k);
            }
        }
    }

    @Test
    void seed000SubHeadingsInsideOverviewAreNotSections() throws IOException {
        Report r = seed("000_");
        assertEquals("招商局（商务局）", r.agency());
        assertEquals(2023, r.year());
        assertNull(r.publishedOn());
        assertEquals("2021", r.template());
        assertEquals("主动公开政府信息情况", r.section(2).orElseThrow().title());
        assertTrue(r.section(1).orElseThrow().text().contains("2024年工作安排"));
        assertEquals("无。", r.section(6).orElseThrow().text());
        Applications t3 = r.tables().applications();
        assertEquals(25, t3.rows().size());
        assertAllRows(t3, rows2021());
        assertTable4Zeros(r);
        assertEquals(0, r.tables().activeDisclosure().get("rules", "issued").intValue());
    }

    @Test
    void seed001() throws IOException {
        Report r = seed("001_");
        assertEquals("驻马店经济开发区招商局", r.agency());
        assertEquals(2023, r.year());
        assertNull(r.publishedOn());
        assertEquals("2021", r.template());
        assertEquals(25, r.tables().applications().rows().size());
        assertAllRows(r.tables().applications(), rows2021());
        assertTable4Zeros(r);
    }

    @Test
    void seed002MarkdownHeadings() throws IOException {
        Report r = seed("002_");
        assertEquals("洛龙区商务局", r.agency());
        assertEquals(2023, r.year());
        assertNull(r.publishedOn());
        assertEquals("2021", r.template());
        assertEquals(25, r.tables().applications().rows().size());
        assertAllRows(r.tables().applications(), rows2021());
        assertTable4Zeros(r);
    }

    @Test
    void seed003OneCellPerLine2019Template() throws IOException {
        Report r = seed("003_");
        assertEquals("邢台市商务局", r.agency());
        assertEquals(2023, r.year());
        assertEquals(LocalDate.of(2024, 1, 24), r.publishedOn());
        assertEquals("2019", r.template());
        assertEquals("存在问题及改进措施", r.section(5).orElseThrow().title());
        assertTrue(r.preamble().contains("统计期限为2023年1月1日至12月31日"), r.preamble());
        assertTrue(r.provenance().get("template").startsWith("mixed"));
        Applications t3 = r.tables().applications();
        assertEquals(23, t3.rows().size());
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 0), t3.rows().get("unavailable.notHeld"));
        assertEquals(ZEROS, t3.rows().get("resultTotal"));
        assertEquals(ZEROS, t3.rows().get("otherHandling"));
        assertNull(t3.rows().get("otherHandling.other"));
        List<String> zeroRows = new ArrayList<>(Applications.ROWS);
        zeroRows.removeAll(List.of("unavailable.notHeld", "otherHandling.overdueCorrection",
                "otherHandling.overdueFee", "otherHandling.other"));
        assertAllRows(t3, zeroRows);
        assertTable4Zeros(r);
        assertEquals(1, r.tables().activeDisclosure().get("normativeDocuments", "newlyMade").intValue());
        assertEquals(0, r.tables().activeDisclosure().get("licensing", "previousYear").intValue());
        assertEquals(0, r.tables().activeDisclosure().get("punishment", "decisions").intValue());
        assertEquals("line 226 col 2", r.provenance().get("applications.unavailable.notHeld.naturalPerson"));
    }

    @Test
    void seed004DatedBeforePeriodEnd() throws IOException {
        Report r = seed("004_");
        assertEquals("招远市商务局", r.agency());
        assertEquals(2023, r.year());
        assertEquals(LocalDate.of(2023, 1, 26), r.publishedOn());
        assertEquals("2021", r.template());
        assertEquals("因政府信息公开工作被申请行政复议、提起行政诉讼情况", r.section(4).orElseThrow().title());
        Applications t3 = r.tables().applications();
        assertEquals(25, t3.rows().size());
        List<Integer> one = List.of(1, 0, 0, 0, 0, 0, 1);
        assertEquals(one, t3.rows().get("newReceived"));
        assertEquals(one, t3.rows().get("unavailable.notHeld"));
        assertEquals(one, t3.rows().get("resultTotal"));
        List<String> zeroRows = rows2021();
        zeroRows.removeAll(List.of("newReceived", "unavailable.notHeld", "resultTotal"));
        assertAllRows(t3, zeroRows);
        assertTable4Zeros(r);
        assertEquals("line 59 col 31", r.provenance().get("applications.newReceived.total"));
        assertTrue(r.section(6).orElseThrow().text().endsWith("予以报告的事项：无。"));
    }
}
