package io.nianbao.metrics;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads the backlog of consumers from the broker with the admin client: a group's lag on a topic (records
 * after its committed offsets, summed over partitions) and the number of records a topic holds. A topic that
 * does not exist yet holds nothing and has no lag.
 */
public final class KafkaBacklog {

    /** Lag of one group on one topic. */
    public record GroupTopic(String group, String topic) {
    }

    private final Admin admin;
    private final Duration timeout;

    public KafkaBacklog(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    /**
     * The lag of each channel's group on its topic. A partition without a committed offset counts from its first
     * record when the group starts at the earliest offset, and as 0 otherwise (the group would start at the end).
     */
    public Map<GroupTopic, Long> lag(Collection<IncomingChannel> channels) throws KafkaBacklogException {
        Set<String> topics = new LinkedHashSet<>();
        channels.forEach(c -> topics.add(c.topic()));
        Offsets offsets = offsets(topics);
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
        Map<GroupTopic, Long> lag = new LinkedHashMap<>();
        for (IncomingChannel channel : channels) {
            Map<TopicPartition, OffsetAndMetadata> groupOffsets = committed.get(channel.group());
            if (groupOffsets == null) {
                groupOffsets = await(admin.listConsumerGroupOffsets(channel.group()).partitionsToOffsetAndMetadata());
                committed.put(channel.group(), groupOffsets);
            }
            long sum = 0;
            for (TopicPartition tp : offsets.partitions(channel.topic())) {
                long end = offsets.end.get(tp);
                OffsetAndMetadata at = groupOffsets.get(tp);
                long from = at != null ? at.offset() : channel.fromEarliest() ? offsets.start.get(tp) : end;
                sum += Math.max(0, end - from);
            }
            lag.merge(new GroupTopic(channel.group(), channel.topic()), sum, Long::sum);
        }
        return lag;
    }

    /** The records each topic holds (from its first retained record to its end), summed over partitions. */
    public Map<String, Long> size(Collection<String> topics) throws KafkaBacklogException {
        Offsets offsets = offsets(new LinkedHashSet<>(topics));
        Map<String, Long> size = new LinkedHashMap<>();
        for (String topic : topics) {
            size.put(topic, offsets.partitions(topic).stream()
                    .mapToLong(tp -> Math.max(0, offsets.end.get(tp) - offsets.start.get(tp))).sum());
        }
        return size;
    }

    private Offsets offsets(Set<String> topics) throws KafkaBacklogException {
        Map<String, List<TopicPartition>> partitions = new HashMap<>();
        Map<String, KafkaFuture<TopicDescription>> described = admin.describeTopics(topics).topicNameValues();
        for (String topic : topics) {
            try {
                TopicDescription description = await(described.get(topic));
                partitions.put(topic, description.partitions().stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList());
            } catch (KafkaBacklogException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
                partitions.put(topic, List.of());
            }
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        partitions.values().forEach(list -> list.forEach(tp -> {
            latest.put(tp, OffsetSpec.latest());
            earliest.put(tp, OffsetSpec.earliest());
        }));
        Map<TopicPartition, Long> end = offsetsOf(latest);
        Map<TopicPartition, Long> start = offsetsOf(earliest);
        return new Offsets(partitions, start, end);
    }

    private Map<TopicPartition, Long> offsetsOf(Map<TopicPartition, OffsetSpec> specs) throws KafkaBacklogException {
        if (specs.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> infos = await(admin.listOffsets(specs).all());
        Map<TopicPartition, Long> offsets = new HashMap<>();
        infos.forEach((tp, info) -> offsets.put(tp, info.offset()));
        return offsets;
    }

    private <T> T await(KafkaFuture<T> future) throws KafkaBacklogException {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaBacklogException("interrupted", e);
        } catch (ExecutionException e) {
            throw new KafkaBacklogException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaBacklogException("the broker did not answer within " + timeout, e);
        }
    }

    private record Offsets(Map<String, List<TopicPartition>> byTopic, Map<TopicPartition, Long> start,
                           Map<TopicPartition, Long> end) {

        List<TopicPartition> partitions(String topic) {
            return byTopic.getOrDefault(topic, List.of());
        }
    }

    /** The broker could not be asked (unreachable, timed out, refused). */
    public static final class KafkaBacklogException extends Exception {

        KafkaBacklogException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
