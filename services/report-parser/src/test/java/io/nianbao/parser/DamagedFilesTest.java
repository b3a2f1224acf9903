package io.nianbao.parser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged copies of every fixture (flipped bytes, truncation) always give a report or a reason, never a crash. */
class DamagedFilesTest {

    private final ReportParser parser = new ReportParser();

    @ParameterizedTest
    @ValueSource(strings = {"merged-2021.html", "merged-2021.docx", "merged-2021.doc", "merged-2021.pdf",
            "tab-layout-2021.txt", "cell-per-line-2019.gb18030.txt", "pipe-traditional.md"})
    void damagedCopiesNeverThrow(String fixture) {
        byte[] original = Fixtures.bytes(fixture);
        Random random = new Random(fixture.hashCode());
        for (int round = 0; round < 6; round++) {
            byte[] copy = original.clone();
            int flips = 1 + random.nextInt(40);
            for (int i = 0; i < flips; i++) {
                copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
            }
            if (round % 3 == 0) {
                copy = java.util.Arrays.copyOf(copy, 1 + random.nextInt(copy.length));
            }
            ParseOutcome outcome = parser.parse(fixture, copy);
            assertNotNull(outcome);
            assertTrue(outcome.readable() || !outcome.unreadableReason().isBlank(), fixture + " round " + round);
            if (outcome.readable()) {
                assertNotNull(outcome.report().sections());
                assertTrue(outcome.report().sections().size() == 6);
            }
        }
    }
}
