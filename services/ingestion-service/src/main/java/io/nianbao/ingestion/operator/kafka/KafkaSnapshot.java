package io.nianbao.ingestion.operator.kafka;

import org.apache.kafka.common.TopicPartition;

import java.util.Map;
import java.util.Set;

/**
 * Offsets of the topics and the committed offsets of the consumer groups, taken together at one moment.
 *
 * @param topics    every (non-internal) topic that exists
 * @param earliest  the first offset of each partition of the inspected topics
 * @param latest    the end offset of each partition of the inspected topics
 * @param committed per consumer group, the committed offset of each partition it has committed
 */
public record KafkaSnapshot(Set<String> topics, Map<TopicPartition, Long> earliest, Map<TopicPartition, Long> latest,
                            Map<String, Map<TopicPartition, Long>> committed) {

    /** Records kept in the topic (end − first offset, summed over partitions); 0 for a topic that does not exist. */
    public long records(String topic) {
        return latest.entrySet().stream().filter(e -> e.getKey().topic().equals(topic))
                .mapToLong(e -> e.getValue() - earliest.getOrDefault(e.getKey(), 0L)).sum();
    }

    /** Records of the topic the group has not consumed yet (end − committed, or end − first offset if none). */
    public long lag(String group, String topic) {
        Map<TopicPartition, Long> offsets = committed.getOrDefault(group, Map.of());
        return latest.entrySet().stream().filter(e -> e.getKey().topic().equals(topic))
                .mapToLong(e -> Math.max(0, e.getValue()
                        - offsets.getOrDefault(e.getKey(), earliest.getOrDefault(e.getKey(), 0L))))
                .sum();
    }

    /** The committed position of the group on the topic, summed over partitions. */
    public long consumed(String group, String topic) {
        Map<TopicPartition, Long> offsets = committed.getOrDefault(group, Map.of());
        return latest.keySet().stream().filter(tp -> tp.topic().equals(topic))
                .mapToLong(tp -> offsets.getOrDefault(tp, earliest.getOrDefault(tp, 0L)) - earliest.getOrDefault(tp, 0L))
                .sum();
    }
}
