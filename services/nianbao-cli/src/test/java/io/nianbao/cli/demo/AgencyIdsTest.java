package io.nianbao.cli.demo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyIdsTest {

    private static final String VALID = "[A-Za-z0-9._-]{1,64}";

    @Test
    void asciiStemsAreLowerCasedAndCleaned() {
        assertEquals("01-qinghe-zrzy", AgencyIds.fromFileName("01-qinghe-zrzy.txt"));
        assertEquals("linchuan-market-2024", AgencyIds.fromFileName("Linchuan Market (2024).docx"));
        assertEquals("a.b", AgencyIds.fromFileName("a.b.html"));
    }

    @Test
    void chineseNamesKeepTheirAsciiPartOrGetAHash() {
        assertEquals("2024", AgencyIds.fromFileName("青禾县2024年报.txt"));
        String hashed = AgencyIds.fromFileName("青禾县年报.pdf");
        assertTrue(hashed.matches("agency-[0-9a-f]{10}"), hashed);
        assertNotEquals(hashed, AgencyIds.fromFileName("临川市年报.pdf"));
    }

    @Test
    void longNamesAreCutTo64AndAllIdsAreValid() {
        String id = AgencyIds.fromFileName("x".repeat(100) + ".txt");
        assertEquals(64, id.length());
        for (String name : new String[]{"--.txt", ".hidden", "年.txt", "a b c.md", "x".repeat(70) + "-y.txt"}) {
            assertTrue(AgencyIds.fromFileName(name).matches(VALID), name);
        }
    }

    @Test
    void nextMakesIdsUniqueWithinARun() {
        AgencyIds ids = new AgencyIds();
        assertEquals("report", ids.next("report.txt"));
        assertEquals("report-2", ids.next("report.docx"));
        assertEquals("report-3", ids.next("Report.pdf"));
        String longId = ids.next("y".repeat(80) + ".txt");
        String longAgain = ids.next("y".repeat(80) + ".pdf");
        assertEquals(64, longAgain.length());
        assertTrue(longAgain.endsWith("-2"));
        assertNotEquals(longId, longAgain);
    }

    @Test
    void stemDropsOnlyTheLastExtension() {
        assertEquals("a.b", AgencyIds.stem("a.b.txt"));
        assertEquals(".hidden", AgencyIds.stem(".hidden"));
        assertEquals("noext", AgencyIds.stem("noext"));
    }
}
