package io.nianbao.cli.submit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressBarTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void theLineShowsABarAndEveryCount() {
        assertEquals("[##########..........] 5/10 verdicts  3 passed  2 failed (1 unreadable)  1 parsed  "
                + "4 received  2 rejected", ProgressBar.line(counts(10, 4, 1, 3, 2, 1, 2)));
        assertTrue(ProgressBar.line(counts(0, 0, 0, 0, 0, 0, 3)).startsWith("[" + "#".repeat(ProgressBar.WIDTH) + "]"),
                "nothing accepted is complete");
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlace() {
        ProgressBar bar = new ProgressBar(err, true, () -> 0);
        bar.update(counts(4, 4, 0, 0, 0, 0, 0));
        bar.finish(counts(4, 0, 0, 4, 0, 0, 0));
        String text = text();
        assertEquals(2, text.chars().filter(c -> c == '\r').count());
        assertTrue(text.endsWith("4/4 verdicts  4 passed  0 failed  0 parsed  0 received  0 rejected\n"), text);
    }

    @Test
    void elsewhereALineIsPrintedWhenTheCountsChangeAtMostEveryFewSecondsAndAlwaysAtTheEnd() {
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(err, false, now::get);
        bar.update(counts(4, 4, 0, 0, 0, 0, 0));
        bar.update(counts(4, 4, 0, 0, 0, 0, 0));   // unchanged
        now.addAndGet(1_000_000_000L);
        bar.update(counts(4, 3, 0, 1, 0, 0, 0));   // changed, but too soon
        now.addAndGet(5_000_000_000L);
        bar.update(counts(4, 2, 0, 2, 0, 0, 0));
        bar.finish(counts(4, 0, 0, 4, 0, 0, 0));
        String[] lines = text().split("\n");
        assertEquals(3, lines.length, text());
        assertTrue(lines[0].contains("0/4") && lines[1].contains("2/4") && lines[2].contains("4/4"), text());
        assertTrue(!text().contains("\r"));
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static ObjectNode counts(int accepted, int received, int parsed, int passed, int failed, int unreadable,
                                     int rejected) {
        return new ObjectMapper().createObjectNode().put("entries", accepted + rejected).put("accepted", accepted)
                .put("rejected", rejected).put("received", received).put("parsed", parsed).put("passed", passed)
                .put("failed", failed).put("unreadable", unreadable);
    }
}
