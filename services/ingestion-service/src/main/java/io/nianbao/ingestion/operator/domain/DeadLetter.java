package io.nianbao.ingestion.operator.domain;

import java.time.Instant;
import java.util.Map;

/**
 * A dead-letter record as the console shows it.
 *
 * @param id           {@code <topic>/<partition>/<offset>}: what the replay endpoint takes
 * @param value        the record's value as UTF-8 text (cut after {@link DeadLetterService#MAX_VALUE_CHARS})
 * @param reason       SmallRye's {@code dead-letter-reason} header: why the consumer gave up
 * @param origin       the topic a replay publishes to (null when it cannot be told: not replayable)
 * @param replay       when and where it was replayed, or null
 */
public record DeadLetter(String id, String topic, int partition, long offset, Instant timestamp, String key, String value,
                         boolean truncated, Map<String, String> headers, String reason, String origin,
                         Replay replay) {

    /** A replay of a dead-letter record: when, and where the copy went. */
    public record Replay(Instant replayedAt, String target, Integer targetPartition, Long targetOffset, String state) {
    }
}
