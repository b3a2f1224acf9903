package io.nianbao.ingestion.operator.kafka;

import io.nianbao.ingestion.config.ConsoleConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Reads topic offsets and consumer-group positions with the admin client (no records are read). */
@ApplicationScoped
public class KafkaInspector {

    private final KafkaClients clients;
    private final ConsoleConfig config;

    public KafkaInspector(KafkaClients clients, ConsoleConfig config) {
        this.clients = clients;
        this.config = config;
    }

    /**
     * Offsets of every existing topic among {@code topics} or matching {@code alsoMatching} (e.g. every
     * dead-letter topic), and the committed offsets of {@code groups}.
     *
     * @throws KafkaUnavailableException when the broker does not answer in time
     */
    public KafkaSnapshot snapshot(Collection<String> topics, Predicate<String> alsoMatching, Collection<String> groups) {
        try {
            Admin admin = clients.admin();
            Set<String> existing = new TreeSet<>(await(admin.listTopics().names()));
            Set<String> wanted = existing.stream().filter(t -> topics.contains(t) || alsoMatching.test(t))
                    .collect(Collectors.toCollection(TreeSet::new));
            Map<TopicPartition, Long> earliest = new HashMap<>();
            Map<TopicPartition, Long> latest = new HashMap<>();
            if (!wanted.isEmpty()) {
                Map<String, TopicDescription> descriptions = await(admin.describeTopics(wanted).allTopicNames());
                Set<TopicPartition> partitions = new HashSet<>();
                descriptions.values().forEach(d -> d.partitions()
                        .forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
                earliest.putAll(offsets(admin, partitions, OffsetSpec.earliest()));
                latest.putAll(offsets(admin, partitions, OffsetSpec.latest()));
            }
            Map<String, Map<TopicPartition, Long>> committed = new HashMap<>();
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> offsets =
                        await(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
                Map<TopicPartition, Long> positions = new HashMap<>();
                offsets.forEach((tp, om) -> {
                    if (om != null) {
                        positions.put(tp, om.offset());
                    }
                });
                committed.put(group, positions);
            }
            return new KafkaSnapshot(existing, earliest, latest, committed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted", e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new KafkaUnavailableException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage(), e);
        }
    }

    /** Every existing topic whose name matches. */
    public Set<String> topics(Predicate<String> matching) {
        return snapshot(List.of(), matching, List.of()).topics().stream().filter(matching)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Map<TopicPartition, Long> offsets(Admin admin, Set<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = partitions.stream().collect(Collectors.toMap(p -> p, p -> spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = await(admin.listOffsets(request).all());
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((tp, info) -> offsets.put(tp, info.offset()));
        return offsets;
    }

    private <T> T await(org.apache.kafka.common.KafkaFuture<T> future)
            throws ExecutionException, InterruptedException, TimeoutException {
        return future.get(config.kafkaTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }
}
