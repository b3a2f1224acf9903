package io.nianbao.ingestion.operator.kafka;

import io.nianbao.ingestion.config.ConsoleConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads dead-letter records with a short-lived consumer that has no group (it commits nothing and never
 * disturbs the services' consumers): the newest {@code limit} records of each partition, or one record by
 * its offset.
 */
@ApplicationScoped
public class DeadLetterReader {

    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaClients clients;
    private final ConsoleConfig config;

    public DeadLetterReader(KafkaClients clients, ConsoleConfig config) {
        this.clients = clients;
        this.config = config;
    }

    /** The newest records (at most {@code limit} per partition) of the topics, as far as the snapshot's end offsets. */
    public List<DeadLetterRecord> newest(Collection<String> topics, int limit, KafkaSnapshot snapshot) {
        Map<TopicPartition, Long> ends = new LinkedHashMap<>();
        snapshot.latest().forEach((tp, end) -> {
            if (topics.contains(tp.topic()) && end > snapshot.earliest().getOrDefault(tp, 0L)) {
                ends.put(tp, end);
            }
        });
        List<DeadLetterRecord> records = new ArrayList<>();
        if (ends.isEmpty()) {
            return records;
        }
        try (KafkaConsumer<byte[], byte[]> consumer = clients.reader()) {
            consumer.assign(ends.keySet());
            ends.forEach((tp, end) -> consumer.seek(tp, Math.max(snapshot.earliest().getOrDefault(tp, 0L), end - limit)));
            Map<TopicPartition, Long> pending = new LinkedHashMap<>(ends);
            long deadline = System.nanoTime() + config.kafkaTimeout().toNanos();
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    Long end = ends.get(tp);
                    if (end != null && r.offset() < end) {
                        records.add(of(r));
                    }
                }
                pending.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
            }
        }
        return records;
    }

    /** The record at {@code offset} of the partition, if it (still) exists. */
    public Optional<DeadLetterRecord> read(String topic, int partition, long offset) {
        TopicPartition tp = new TopicPartition(topic, partition);
        try (KafkaConsumer<byte[], byte[]> consumer = clients.reader()) {
            consumer.assign(List.of(tp));
            consumer.seek(tp, offset);
            long deadline = System.nanoTime() + config.kafkaTimeout().toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                    if (r.offset() == offset) {
                        return Optional.of(of(r));
                    }
                    if (r.offset() > offset) {
                        return Optional.empty();
                    }
                }
                if (consumer.position(tp) > offset) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static DeadLetterRecord of(ConsumerRecord<byte[], byte[]> r) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : r.headers()) {
            headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        return new DeadLetterRecord(r.topic(), r.partition(), r.offset(), Instant.ofEpochMilli(r.timestamp()),
                r.key(), r.value(), headers);
    }
}
