package io.nianbao.metrics;

/**
 * A Kafka consumer of this service: the channel, the topic it reads, its group, whether a new group starts at
 * the earliest offset, and its dead-letter topic ({@code null} without the dead-letter-queue strategy).
 */
public record IncomingChannel(String channel, String topic, String group, boolean fromEarliest,
                              String deadLetterTopic) {
}
