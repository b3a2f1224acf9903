package io.nianbao.parser;

import io.nianbao.corpus.CommittedCorpus;
import io.nianbao.corpus.CorpusCase;
import io.nianbao.corpus.CorpusGenerator;
import io.nianbao.corpus.Injection;
import io.nianbao.corpus.Layout;
import io.nianbao.corpus.Patterns;
import io.nianbao.corpus.Renderer;
import io.nianbao.corpus.Rendering;
import io.nianbao.corpus.Variation;
import io.nianbao.model.ActiveDisclosure;
import io.nianbao.model.Report;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Table 2 as reports really print it: the 2019 form as four or five small tables each with its own header row
 * (separated by a 第二十条第（X）项 line, a 第二十条 row or nothing), headers cut short (本年新 | 本年新, 本年增/),
 * broken over two rows or carrying notes, labels with notes, a procurement table without 信息内容 or row label,
 * blank cells; the 2021 form split the same way; a mix of both. The fixtures under {@code fixtures/table2} are
 * invented reports modelled on published layouts; the generated cases cover every layout.
 */
class Table2LayoutsTest {

    private final ReportParser parser = new ReportParser();

    private Report parse(String name, byte[] bytes) {
        ParseOutcome outcome = parser.parse(name, bytes);
        assertTrue(outcome.readable(), outcome::unreadableReason);
        return outcome.report();
    }

    private Report fixture(String name) {
        return parse(name, Fixtures.bytes("table2/" + name));
    }

    @Test
    void aWebCopyOf2019WithFiveSmallTablesIsCompleteAndPlain2019() {
        Report r = fixture("web-copy-2019.txt");
        assertTable(r.tables().activeDisclosure(),
                "rules.newlyMade=9", "rules.newlyPublished=9", "rules.totalPublished=102",
                "normativeDocuments.newlyMade=215", "normativeDocuments.newlyPublished=215",
                "normativeDocuments.totalPublished=1630",
                "licensing.previousYear=87", "licensing.change=-3", "licensing.decisions=15204",
                "otherServices.previousYear=42", "otherServices.change=5", "otherServices.decisions=3120",
                "punishment.previousYear=310", "punishment.change=0", "punishment.decisions=48211",
                "enforcement.previousYear=25", "enforcement.change=-1", "enforcement.decisions=702",
                "fees.previousYear=18", "fees.change=-2",
                "procurement.items=1456", "procurement.amount=73560.25");
        assertClean2019(r);
    }

    @Test
    void headerAndLabelNotesGapsAndAnEmptyFeeRowAreRead() {
        Report r = fixture("notes-2020.txt");
        assertTable(r.tables().activeDisclosure(),
                "rules.newlyMade=0", "rules.newlyPublished=0", "rules.totalPublished=0",
                "normativeDocuments.newlyMade=3", "normativeDocuments.newlyPublished=3",
                "normativeDocuments.totalPublished=27",
                "licensing.previousYear=11", "licensing.change=2", "licensing.decisions=164",
                "otherServices.previousYear=96", "otherServices.change=-4", "otherServices.decisions=230",
                "punishment.previousYear=73", "punishment.change=0", "punishment.decisions=41",
                "enforcement.previousYear=6", "enforcement.change=1", "enforcement.decisions=null",
                "fees.previousYear=null", "fees.change=null",
                "procurement.items=7", "procurement.amount=386.4");
        assertClean2019(r);
    }

    @Test
    void truncatedHeadersAHeaderBrokenOverTwoRowsAndTraditionalLabels() {
        Report r = fixture("truncated-traditional-2019.txt");
        assertTable(r.tables().activeDisclosure(),
                "rules.newlyMade=null", "rules.newlyPublished=null", "rules.totalPublished=null",
                "normativeDocuments.newlyMade=2", "normativeDocuments.newlyPublished=2",
                "normativeDocuments.totalPublished=14",
                "licensing.previousYear=35", "licensing.change=1", "licensing.decisions=620",
                "otherServices.previousYear=12", "otherServices.change=0", "otherServices.decisions=88",
                "punishment.previousYear=48", "punishment.change=-6", "punishment.decisions=133",
                "enforcement.previousYear=9", "enforcement.change=null", "enforcement.decisions=17",
                "fees.previousYear=1", "fees.change=0",
                "procurement.items=3", "procurement.amount=52.8");
        assertClean2019(r);
    }

    @Test
    void htmlSubTablesWithAProcurementTableWithoutContentCellOrLabel() {
        Report r = fixture("sub-tables-2019.html");
        assertTable(r.tables().activeDisclosure(),
                "rules.newlyMade=null", "rules.newlyPublished=null", "rules.totalPublished=null",
                "normativeDocuments.newlyMade=4", "normativeDocuments.newlyPublished=4",
                "normativeDocuments.totalPublished=31",
                "licensing.previousYear=22", "licensing.change=3", "licensing.decisions=417",
                "otherServices.previousYear=16", "otherServices.change=-2", "otherServices.decisions=95",
                "punishment.previousYear=131", "punishment.change=0", "punishment.decisions=58",
                "enforcement.previousYear=4", "enforcement.change=0", "enforcement.decisions=0",
                "fees.previousYear=0", "fees.change=0",
                "procurement.items=5", "procurement.amount=118.06");
        assertClean2019(r);
    }

    @Test
    void the2021FormSplitIntoSmallMarkdownTables() {
        Report r = fixture("split-2021.md");
        assertTable(r.tables().activeDisclosure(),
                "rules.issued=null", "rules.repealed=null", "rules.inForce=null",
                "normativeDocuments.issued=2", "normativeDocuments.repealed=1", "normativeDocuments.inForce=9",
                "licensing.decisions=1204", "punishment.decisions=37", "enforcement.decisions=0",
                "fees.amount=0");
        assertEquals("2021", r.template());
    }

    @Test
    void aTableMixingBothFormsIsReportedAsAMix() {
        Report r = fixture("mixed-2022.txt");
        assertTable(r.tables().activeDisclosure(),
                "rules.issued=0", "rules.repealed=0", "rules.inForce=0",
                "normativeDocuments.issued=1", "normativeDocuments.repealed=0", "normativeDocuments.inForce=6",
                "licensing.previousYear=3", "licensing.change=0", "licensing.decisions=45",
                "otherServices.previousYear=8", "otherServices.change=1", "otherServices.decisions=60",
                "punishment.decisions=12", "enforcement.decisions=0", "fees.amount=0");
        assertEquals("2019", r.template(), "the outdated form is in use");
        assertTrue(r.provenance().get("template").startsWith("mixed"), r.provenance().get("template"));
    }

    @Test
    void everyGeneratedLayoutOfBothFormsGivesTheWholeTable() {
        CorpusGenerator generator = new CorpusGenerator(31L);
        Renderer renderer = new Renderer();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < 48; i++) {
            Variation.Builder look = Variation.plain().toBuilder().detail(i).splitTable2(i % 4 != 3)
                    .truncatedHeaders(i % 3 == 0).brokenHeaders(i % 5 == 1).traditional(i % 7 == 2)
                    .asciiPunctuation(i % 6 == 4).droppedSlots(i % 4 == 1).blankMarker(i % 2 == 0 ? "" : "/");
            CorpusCase c = generator.generate(i, i % 8 == 5 ? Injection.TEMPLATE_OUTDATED : Injection.NONE,
                    look.build());
            for (Layout layout : Layout.values()) {
                Rendering file = renderer.render(c, layout);
                compare(c, file.fileName(), parse(file.fileName(), file.bytes()), wrong);
                checked++;
            }
        }
        assertEquals(48 * Layout.values().length, checked);
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " wrong: " + String.join("\n", wrong));
    }

    @Test
    void theCommittedWordAndPdfFilesWithSubTablesGiveTheWholeTable() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (CommittedCorpus.Entry e : CommittedCorpus.load()) {
            var tags = Patterns.of(e.corpusCase());
            if (!tags.contains("t2split") && !tags.contains("format-2019")) {
                continue;
            }
            for (Rendering file : e.files().values()) {
                compare(e.corpusCase(), file.fileName(), parse(file.fileName(), file.bytes()), wrong);
                checked++;
            }
        }
        assertTrue(checked >= 9, "docx, doc and pdf of at least three cases: " + checked);
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    // ----- helpers

    private static void compare(CorpusCase c, String file, Report parsed, List<String> wrong) {
        ActiveDisclosure truth = c.truth().tables().activeDisclosure();
        ActiveDisclosure got = parsed.tables().activeDisclosure();
        if (got == null) {
            wrong.add(file + ": no Table 2");
            return;
        }
        if (!truth.rows().keySet().equals(got.rows().keySet())) {
            wrong.add(file + ": rows " + got.rows().keySet() + " instead of " + truth.rows().keySet());
        }
        truth.rows().forEach((row, cells) -> cells.forEach((col, value) -> {
            BigDecimal v = got.get(row, col);
            if (value == null ? v != null : v == null || value.compareTo(v) != 0) {
                wrong.add(file + " [" + c.variation().tag() + "]: " + row + "." + col + " = " + v + ", not " + value);
            }
        }));
        if (!c.truth().template().equals(parsed.template())) {
            wrong.add(file + ": template " + parsed.template());
        }
        boolean mixed = parsed.provenance().getOrDefault("template", "").startsWith("mixed");
        boolean truthMixed = Patterns.of(c).contains("mixed");
        if (mixed != truthMixed) {
            wrong.add(file + ": template evidence " + parsed.provenance().get("template"));
        }
    }

    private static void assertClean2019(Report r) {
        assertEquals("2019", r.template());
        String evidence = r.provenance().get("template");
        assertNotNull(evidence);
        assertFalse(evidence.startsWith("mixed"), "a clean 2019 report is not a mix: " + evidence);
    }

    /** The table holds exactly the given cells ("row.column=value", value "null" for a blank cell). */
    private static void assertTable(ActiveDisclosure table, String... cells) {
        assertNotNull(table, "Table 2 found");
        Map<String, BigDecimal> expected = new TreeMap<>();
        Map<String, BigDecimal> actual = new TreeMap<>();
        List<String> nulls = new ArrayList<>();
        for (String cell : cells) {
            String[] kv = cell.split("=");
            if (kv[1].equals("null")) {
                nulls.add(kv[0]);
            } else {
                expected.put(kv[0], new BigDecimal(kv[1]));
            }
        }
        table.rows().forEach((row, values) -> values.forEach((col, v) -> {
            if (v != null) {
                actual.put(row + "." + col, v.stripTrailingZeros());
            } else {
                assertTrue(nulls.contains(row + "." + col), "unexpected blank " + row + "." + col);
            }
        }));
        expected.replaceAll((k, v) -> v.stripTrailingZeros());
        assertEquals(expected, actual);
        for (String blank : nulls) {
            String[] rc = blank.split("\\.");
            assertTrue(table.rows().containsKey(rc[0]) && table.rows().get(rc[0]).containsKey(rc[1]),
                    "blank cell kept: " + blank);
        }
    }
}
