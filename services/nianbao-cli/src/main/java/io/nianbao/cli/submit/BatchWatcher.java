package io.nianbao.cli.submit;

import com.fasterxml.jackson.databind.JsonNode;
import io.nianbao.cli.CliException;
import io.nianbao.cli.api.ApiException;
import io.nianbao.cli.api.NianbaoClient;

import java.time.Duration;

/** Polls {@code GET /api/batches/{id}} until the batch is DONE, showing its counts as it goes. */
public final class BatchWatcher {

    private final NianbaoClient client;
    private final ProgressBar bar;
    private final Duration pollInterval;

    public BatchWatcher(NianbaoClient client, ProgressBar bar, Duration pollInterval) {
        this.client = client;
        this.bar = bar;
        this.pollInterval = pollInterval;
    }

    /**
     * The batch once DONE; {@link NotDone} (with the batch as it was) when {@code deadline} ({@link System#nanoTime})
     * passes first.
     */
    public JsonNode await(JsonNode batch, long deadline, Duration timeout)
            throws ApiException, InterruptedException, NotDone {
        String id = batch.path("id").asText();
        JsonNode current = batch;
        while (!"DONE".equals(current.path("status").asText())) {
            bar.update(current.path("counts"));
            if (System.nanoTime() > deadline) {
                bar.finish(current.path("counts"));
                throw new NotDone(current, timeout);
            }
            Thread.sleep(pollInterval.toMillis());
            current = client.batch(id);
        }
        bar.finish(current.path("counts"));
        return current;
    }

    /** The batch still had files without a verdict when the time was up. */
    public static final class NotDone extends CliException {

        private final transient JsonNode batch;

        NotDone(JsonNode batch, Duration timeout) {
            super("Batch " + batch.path("id").asText() + " is not done after " + timeout.toSeconds() + " s: "
                    + pending(batch.path("counts")) + " of " + batch.path("counts").path("accepted").asInt()
                    + " accepted files have no verdict yet. Follow it with: GET /api/batches/"
                    + batch.path("id").asText());
            this.batch = batch;
        }

        public JsonNode batch() {
            return batch;
        }

        private static int pending(JsonNode counts) {
            return counts.path("received").asInt() + counts.path("parsed").asInt();
        }
    }
}
