package io.nianbao.cli.submit;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * The batch's progress on stderr: on a terminal one line redrawn in place (a bar and the counts), otherwise
 * (a log, CI) a plain line whenever the counts change, at most every few seconds, and always the last one.
 */
public final class ProgressBar {

    static final int WIDTH = 20;
    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

    private final PrintStream err;
    private final boolean interactive;
    private final LongSupplier nanoTime;
    private String last = "";
    private long lastPrinted = Long.MIN_VALUE;
    private int drawnWidth;

    public ProgressBar(PrintStream err, boolean interactive) {
        this(err, interactive, System::nanoTime);
    }

    ProgressBar(PrintStream err, boolean interactive, LongSupplier nanoTime) {
        this.err = err;
        this.interactive = interactive;
        this.nanoTime = nanoTime;
    }

    /** Shows the counts of a batch still running. */
    public void update(JsonNode counts) {
        show(line(counts), false);
    }

    /** Shows the final counts and ends the line. */
    public void finish(JsonNode counts) {
        show(line(counts), true);
        if (interactive) {
            err.println();
        }
    }

    private void show(String line, boolean last) {
        if (interactive) {
            err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
            err.flush();
            drawnWidth = line.length();
            return;
        }
        long now = nanoTime.getAsLong();
        boolean due = lastPrinted == Long.MIN_VALUE || now - lastPrinted >= PLAIN_EVERY_NANOS;
        if (!line.equals(this.last) && (due || last)) {
            err.println(line);
            this.last = line;
            lastPrinted = now;
        }
    }

    /** E.g. {@code [##########..........]  312/500 verdicts  200 passed  112 failed (3 unreadable) …}. */
    static String line(JsonNode counts) {
        int accepted = counts.path("accepted").asInt();
        int passed = counts.path("passed").asInt();
        int failed = counts.path("failed").asInt();
        int done = passed + failed;
        int filled = accepted == 0 ? WIDTH : (int) ((long) WIDTH * done / accepted);
        StringBuilder line = new StringBuilder("[").append("#".repeat(filled)).append(".".repeat(WIDTH - filled))
                .append("] ").append(done).append('/').append(accepted).append(" verdicts  ")
                .append(passed).append(" passed  ").append(failed).append(" failed");
        int unreadable = counts.path("unreadable").asInt();
        if (unreadable > 0) {
            line.append(" (").append(unreadable).append(" unreadable)");
        }
        line.append("  ").append(counts.path("parsed").asInt()).append(" parsed  ")
                .append(counts.path("received").asInt()).append(" received  ")
                .append(counts.path("rejected").asInt()).append(" rejected");
        return line.toString();
    }
}
