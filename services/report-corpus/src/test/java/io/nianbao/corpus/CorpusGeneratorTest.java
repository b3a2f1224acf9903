package io.nianbao.corpus;

import io.nianbao.model.Applications;
import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;
import io.nianbao.model.Section;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator's truth is what the issue promises: consistent clean reports, reproducible, injections that bite. */
class CorpusGeneratorTest {

    private final CorpusGenerator generator = new CorpusGenerator(99L);

    @Test
    void cleanReportsAreArithmeticallyConsistentAndDatedInJanuaryAfterTheYear() {
        int format2019 = 0;
        for (int i = 0; i < 200; i++) {
            Report r = generator.generate(i, Injection.NONE).truth();
            format2019 += r.year() <= 2020 ? 1 : 0;
            Applications t = r.tables().applications();
            for (int c = 0; c < 7; c++) {
                assertEquals(t.cell("newReceived", c) + t.cell("carriedOver", c),
                        t.cell("resultTotal", c) + t.cell("carriedForward", c), "balance column " + c);
                int sum = 0;
                for (String row : Applications.RESULT_ROWS) {
                    if (t.hasRow(row)) {
                        sum += t.cell(row, c);
                    }
                }
                assertEquals(t.cell("resultTotal", c), sum, "result sum column " + c);
            }
            for (String row : t.rows().keySet()) {
                int sum = 0;
                for (int c = 0; c < 6; c++) {
                    sum += t.cell(row, c);
                }
                assertEquals(t.cell(row, 6), sum, "row total " + row);
            }
            ReviewLitigation t4 = r.tables().reviewLitigation();
            for (String g : ReviewLitigation.GROUPS) {
                var m = t4.group(g);
                assertEquals(m.get("total"), m.get("upheld") + m.get("corrected") + m.get("other") + m.get("pending"));
            }
            assertEquals(r.year() + 1, r.publishedOn().getYear());
            assertEquals(1, r.publishedOn().getMonthValue());
            assertTrue(r.year() >= 2019 && r.year() <= 2025);
            assertEquals(r.year() <= 2020 ? "2019" : "2021", r.template(), "the format in force for the year");
            assertEquals(r.year() <= 2020, t.hasRow("otherHandling"), "2019 form: the single （六）其他处理 row");
            assertEquals(r.year() <= 2020, r.tables().activeDisclosure().rows().containsKey("procurement"));
            assertTrue(r.sections().stream().allMatch(Section::present));
            String overview = r.section(1).orElseThrow().text();
            for (String topic : List.of("主动公开", "依申请公开", "政府信息管理", "平台建设", "监督保障")) {
                assertTrue(overview.contains(topic), topic);
            }
        }
        assertTrue(format2019 >= 20 && format2019 <= 70, "about one clean report in five is on 2019/2020: "
                + format2019);
    }

    @Test
    void theSameSeedAndIndexGiveTheSameCase() {
        CorpusCase a = new CorpusGenerator(5L).generate(17, Injection.T3_ROW_TOTAL);
        CorpusCase b = new CorpusGenerator(5L).generate(17, Injection.T3_ROW_TOTAL);
        assertEquals(CaseJson.write(a), CaseJson.write(b));
        assertNotEquals(CaseJson.write(a), CaseJson.write(new CorpusGenerator(6L).generate(17, Injection.T3_ROW_TOTAL)));
    }

    @Test
    void injectionsChangeWhatTheyPromise() {
        for (int i = 0; i < 50; i++) {
            Report before = generator.generate(i, Injection.PUBLISHED_BEFORE_PERIOD_END).truth();
            assertTrue(before.publishedOn().isBefore(LocalDate.of(before.year(), 12, 31)));
            Report old = generator.generate(i, Injection.TEMPLATE_OUTDATED).truth();
            assertEquals("2019", old.template());
            assertTrue(old.year() >= 2021, "outdated only on a report the 2021 format applies to");
            Report missing = generator.generate(i, Injection.SECTION_MISSING).truth();
            assertEquals(1, missing.sections().stream().filter(s -> !s.present()).count());
            Report blank = generator.generate(i, Injection.CELL_INVALID).truth();
            boolean anyNull = blank.tables().applications().rows().values().stream().anyMatch(l -> l.contains(null))
                    || ReviewLitigation.GROUPS.stream().anyMatch(g -> blank.tables().reviewLitigation().group(g)
                    .containsValue(null));
            assertTrue(anyNull);
            assertEquals(Injection.T4_SUM.expectedRules(), generator.generate(i, Injection.T4_SUM).expectedRules());
        }
    }

    @Test
    void everyLayoutCarriesTheAgencyAndTheTables() {
        Renderer renderer = new Renderer();
        CorpusCase c = generator.generate(3, Injection.NONE, Variation.plain());
        for (Layout layout : Layout.values()) {
            Rendering r = renderer.render(c, layout);
            assertTrue(r.fileName().endsWith(layout.extension()));
            assertFalse(r.bytes().length == 0);
            if (layout != Layout.DOCX && layout != Layout.TXT_TAB_GB18030) {
                String text = new String(r.bytes(), StandardCharsets.UTF_8);
                assertTrue(text.contains(c.truth().agency()), layout.label());
                assertTrue(text.contains("本年新收政府信息公开申请数量"), layout.label());
                assertTrue(text.contains("复议后起诉"), layout.label());
            }
        }
        assertTrue(renderer.html(c).contains("rowspan=\"22\""), "Table 3 result block merged over 22 rows");
    }

    @Test
    void committedCorpusTruthRoundTrips() {
        List<CommittedCorpus.Entry> entries = CommittedCorpus.load();
        assertEquals(OfficeCorpusMain.LEGACY.size() + OfficeCorpusMain.WEB.size(), entries.size());
        for (CommittedCorpus.Entry e : entries) {
            assertEquals(3, e.files().size());
            CorpusCase again = CaseJson.read(CaseJson.write(e.corpusCase()).getBytes(StandardCharsets.UTF_8));
            assertEquals(e.corpusCase().truth(), again.truth());
        }
    }
}
