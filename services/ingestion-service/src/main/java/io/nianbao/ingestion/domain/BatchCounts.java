package io.nianbao.ingestion.domain;

import java.util.Collection;

/**
 * How far a batch is: its entries, how many were accepted or rejected, and where the accepted ones are now.
 * {@code unreadable} ones (FAILED with an UNREADABLE finding) also count in {@code failed}.
 */
public record BatchCounts(int entries, int accepted, int rejected, int received, int parsed, int passed,
                          int failed, int unreadable) {

    /** Counts from the live states of the accepted entries' submissions (one state per accepted entry). */
    public static BatchCounts of(int entries, int accepted, Collection<SubmissionState> states) {
        int parsed = 0;
        int passed = 0;
        int failed = 0;
        int unreadable = 0;
        for (SubmissionState state : states) {
            switch (state.status()) {
                case PARSED -> parsed++;
                case PASSED -> passed++;
                case FAILED -> {
                    failed++;
                    if (state.unreadable()) {
                        unreadable++;
                    }
                }
                default -> {
                }
            }
        }
        int received = Math.max(0, accepted - parsed - passed - failed);
        return new BatchCounts(entries, accepted, entries - accepted, received, parsed, passed, failed, unreadable);
    }

    /** Every accepted entry has a verdict (a batch with nothing accepted is done at once). */
    public boolean done() {
        return passed + failed >= accepted;
    }
}
