package io.nianbao.ingestion.operator.domain;

import io.nianbao.ingestion.operator.client.ServiceHealth;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The pipeline at a glance ({@code GET /api/operator/overview}).
 *
 * @param totals   submissions in MongoDB: {@code submissions}, one count per status (RECEIVED, PARSED, PASSED,
 *                 FAILED), {@code unreadable}, {@code agencies}
 * @param stages   per stage: records in and out (Kafka), backlog (consumer lag), rate, dead letters
 * @param services readiness of each service
 */
public record Overview(Instant generatedAt, Kafka kafka, Map<String, Long> totals, int rateWindowMinutes,
                       List<Stage> stages, List<ServiceHealth> services) {

    /** Whether Kafka answered (when not, the Kafka figures are null). */
    public record Kafka(boolean available, String error) {
    }

    /**
     * One stage.
     *
     * @param in             records offered to the stage (intake: submissions received)
     * @param out            records it produced on its output topic (tracking: records it consumed)
     * @param backlog        records not consumed yet, over all its inputs (consumer lag)
     * @param errors         records in its dead-letter topics
     * @param ratePerMinute  outputs per minute over the rate window (null for tracking)
     * @param perMinute      the same, minute by minute, oldest first
     */
    public record Stage(String id, String label, String service, Long in, Long out, Long backlog, Long errors,
                        Double ratePerMinute, List<Integer> perMinute, List<Input> inputs, String output) {
    }

    /** One consumed topic of a stage. */
    public record Input(String topic, String group, long records, long consumed, long lag, String deadLetterTopic,
                        long deadLetters) {
    }
}
