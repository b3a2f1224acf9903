package io.nianbao.parser;

import io.nianbao.model.Report;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The damaged copies real-world-variation.md lists — pinyin inserted after characters, wrong-codec mojibake, spam
 * replacing the agency name — still get a report with what could be read, or a reason; never a crash, and never
 * a clean-looking report built from garbage.
 */
class DamagedCopiesTest {

    private static final Map<Character, String> PINYIN = Map.of(
            '政', "zheng", '府', "fu", '信', "xin", '息', "xi", '公', "gong", '开', "kai");

    private final ReportParser parser = new ReportParser();
    private final String original = new String(Fixtures.bytes("tab-layout-2021.txt"), StandardCharsets.UTF_8);

    @Test
    void pinyinAfterCharactersLosesOnlyTheLabelsItBreaks() {
        StringBuilder damaged = new StringBuilder();
        for (char c : original.toCharArray()) {
            damaged.append(c).append(PINYIN.getOrDefault(c, ""));
        }
        ParseOutcome outcome = parser.parse("pinyin.txt", damaged.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(outcome.readable(), () -> outcome.unreadableReason());
        Report report = outcome.report();
        assertEquals("青山县交通运输局", report.agency());
        assertEquals(2023, report.year());
        // headings spelled 政zheng府fu信xin息xi no longer match; the report says so instead of inventing them
        assertTrue(report.sections().stream().anyMatch(s -> !s.present()), "some sections lost");
        Report clean = parser.parse("clean.txt", original.getBytes(StandardCharsets.UTF_8)).report();
        assertNotEquals(clean.tables(), report.tables());
    }

    @Test
    void utf8ReadAsGbkMojibakeIsUnreadable() {
        String mojibake = new String(original.getBytes(StandardCharsets.UTF_8), Charset.forName("GBK"));
        ParseOutcome outcome = parser.parse("mojibake.txt", mojibake.getBytes(StandardCharsets.UTF_8));
        assertFalse(outcome.readable());
        assertTrue(outcome.unreadableReason().contains("未识别到年度报告"), outcome.unreadableReason());
    }

    @Test
    void gbkBytesLabelledAsUtf8AreDetectedAndRead() {
        ParseOutcome outcome = parser.parse("report.txt", original.getBytes(Charset.forName("GB18030")));
        assertTrue(outcome.readable(), () -> outcome.unreadableReason());
        assertEquals("GB18030", outcome.report().source().encoding());
        assertEquals("青山县交通运输局", outcome.report().agency());
    }

    @Test
    void spamInPlaceOfTheAgencyNameIsReportedAsTheAgency() {
        String spam = original.replace("青山县交通运输局 2023 年度", "【广告】点击领取888元红包 2023 年度");
        assertNotEquals(original, spam, "the fixture's title changed");
        ParseOutcome outcome = parser.parse("spam.txt", spam.getBytes(StandardCharsets.UTF_8));
        assertTrue(outcome.readable(), () -> outcome.unreadableReason());
        // what the title says is what AGENCY-MISMATCH compares with the registered agency
        assertTrue(outcome.report().agency() == null || !outcome.report().agency().contains("青山县"),
                outcome.report().agency());
        assertEquals(2023, outcome.report().year());
        assertEquals(parser.parse("clean.txt", original.getBytes(StandardCharsets.UTF_8)).report().tables(),
                outcome.report().tables());
    }
}
