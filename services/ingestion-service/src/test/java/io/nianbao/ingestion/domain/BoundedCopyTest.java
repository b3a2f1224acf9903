package io.nianbao.ingestion.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bounds hold on what an entry really inflates to, whatever sizes its zip headers claim. */
class BoundedCopyTest {

    private static final ZipLimits LIMITS = new ZipLimits(10, 1_000_000, 5_000_000, 100);

    @TempDir
    Path dir;

    @Test
    void anEntryInflatingFarBeyondItsCompressedSizeIsStoppedSoonAfterTheRatioFloor() throws Exception {
        BoundedCopy.Result r = BoundedCopy.copy(endlessZeros(), dir.resolve("bomb"), LIMITS, 200, Long.MAX_VALUE);
        assertTrue(r.rejection().contains("zip bomb"), r.rejection());
        assertTrue(r.bytesRead() <= ZipLimits.RATIO_FLOOR + 16 * 1024, "stopped early: " + r.bytesRead());
    }

    @Test
    void theEntryLimitAndTheBatchBudgetHoldWithoutAKnownCompressedSize() throws Exception {
        BoundedCopy.Result big = BoundedCopy.copy(endlessZeros(), dir.resolve("big"), LIMITS, -1, Long.MAX_VALUE);
        assertTrue(big.rejection().contains("larger than 1000000 bytes"), big.rejection());
        BoundedCopy.Result budget = BoundedCopy.copy(endlessZeros(), dir.resolve("budget"), LIMITS, -1, 300_000);
        assertTrue(budget.rejection().contains("in total"), budget.rejection());
    }

    @Test
    void aNormalEntryIsCopiedWholeWithItsHead() throws Exception {
        byte[] bytes = new byte[300_000];
        new Random(1).nextBytes(bytes);
        BoundedCopy.Result r = BoundedCopy.copy(new ByteArrayInputStream(bytes), dir.resolve("ok"), LIMITS, 300_000,
                Long.MAX_VALUE);
        assertNull(r.rejection());
        assertEquals(300_000, r.bytesRead());
        assertEquals(ArchiveSniffer.HEAD, r.headLength());
        assertEquals(300_000, Files.size(dir.resolve("ok")));
    }

    private static InputStream endlessZeros() {
        return new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 0);
                return len;
            }
        };
    }
}
