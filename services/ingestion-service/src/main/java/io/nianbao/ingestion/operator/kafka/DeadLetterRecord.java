package io.nianbao.ingestion.operator.kafka;

import java.time.Instant;
import java.util.Map;

/**
 * One record of a dead-letter topic, as read (raw key and value bytes, headers decoded as UTF-8 text).
 *
 * @param topic     the dead-letter topic
 * @param headers   header name → text (SmallRye adds {@code dead-letter-reason}, {@code dead-letter-topic}, …)
 */
public record DeadLetterRecord(String topic, int partition, long offset, Instant timestamp, byte[] key, byte[] value,
                               Map<String, String> headers) {
}
