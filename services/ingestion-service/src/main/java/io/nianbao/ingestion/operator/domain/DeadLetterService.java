package io.nianbao.ingestion.operator.domain;

import io.nianbao.ingestion.config.ConsoleConfig;
import io.nianbao.web.ApiException;
import io.nianbao.ingestion.operator.kafka.DeadLetterReader;
import io.nianbao.ingestion.operator.kafka.DeadLetterRecord;
import io.nianbao.ingestion.operator.kafka.KafkaInspector;
import io.nianbao.ingestion.operator.kafka.KafkaSnapshot;
import io.nianbao.ingestion.operator.kafka.KafkaUnavailableException;
import io.nianbao.ingestion.operator.kafka.RecordRepublisher;
import io.nianbao.ingestion.operator.repository.ReplayLedger;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists the records of every dead-letter topic and replays one: its key and value are published unchanged on
 * the topic it came from, once (the {@link ReplayLedger} remembers replayed offsets); the consumers'
 * idempotency absorbs whatever they had already processed.
 */
@ApplicationScoped
public class DeadLetterService {

    /** Values longer than this are cut in listings (a replay always publishes the whole record). */
    public static final int MAX_VALUE_CHARS = 20_000;

    private static final Logger LOG = Logger.getLogger(DeadLetterService.class);

    private final KafkaInspector inspector;
    private final DeadLetterReader reader;
    private final RecordRepublisher republisher;
    private final ReplayLedger ledger;
    private final ConsoleConfig config;

    public DeadLetterService(KafkaInspector inspector, DeadLetterReader reader, RecordRepublisher republisher,
                             ReplayLedger ledger, ConsoleConfig config) {
        this.inspector = inspector;
        this.reader = reader;
        this.republisher = republisher;
        this.ledger = ledger;
        this.config = config;
    }

    /** The newest records of every dead-letter topic (or of {@code topic} only), newest first. */
    public List<DeadLetter> list(String topic, int limit) {
        int bounded = Math.max(1, Math.min(limit, config.deadLetterLimit()));
        KafkaSnapshot snapshot = kafka(() -> inspector.snapshot(List.of(), PipelineTopology::isDeadLetterTopic,
                List.of()));
        Set<String> topics = snapshot.topics().stream().filter(PipelineTopology::isDeadLetterTopic)
                .filter(t -> topic == null || topic.isBlank() || t.equals(topic))
                .collect(java.util.stream.Collectors.toSet());
        List<DeadLetterRecord> records = kafka(() -> reader.newest(topics, bounded, snapshot));
        Map<String, Document> replays = ledger.find(records.stream()
                .map(r -> ReplayLedger.id(r.topic(), r.partition(), r.offset())).toList());
        return records.stream()
                .map(r -> view(r, replays.get(ReplayLedger.id(r.topic(), r.partition(), r.offset()))))
                .sorted(Comparator.comparing(DeadLetter::timestamp).reversed()
                        .thenComparing(DeadLetter::topic).thenComparing(DeadLetter::offset))
                .limit(bounded * 10L)
                .toList();
    }

    /**
     * Replays one dead-letter record onto its original topic.
     *
     * @throws ApiException 400 not a dead-letter topic or origin unknown, 404 no such record, 409 already
     *                      replayed, 503 Kafka unavailable
     */
    public DeadLetter replay(String topic, int partition, long offset) {
        if (topic == null || !PipelineTopology.isDeadLetterTopic(topic)) {
            throw ApiException.badRequest("not-a-dead-letter-topic",
                    "只能重放死信主题（*.dlq）中的记录 / only records of a dead-letter topic (*.dlq) can be replayed");
        }
        DeadLetterRecord record = kafka(() -> reader.read(topic, partition, offset)).orElseThrow(() ->
                ApiException.notFound("unknown-dead-letter", "没有这条死信记录 / no record " + topic + "/" + partition
                        + "/" + offset));
        String origin = origin(record);
        if (origin == null) {
            throw ApiException.badRequest("unknown-origin", "无法确定该死信记录的原主题 / cannot tell which topic "
                    + topic + " records came from");
        }
        String id = ReplayLedger.id(topic, partition, offset);
        Instant now = Instant.now();
        ledger.claim(id, origin, now).ifPresent(earlier -> {
            throw new ApiException(409, "already-replayed", "该记录已于 " + earlier.getDate("replayedAt").toInstant()
                    + " 重放到 " + earlier.getString("target") + "，不再重复重放 / already replayed to "
                    + earlier.getString("target") + " at " + earlier.getDate("replayedAt").toInstant());
        });
        RecordMetadata sent;
        try {
            sent = republisher.publish(origin, record.key(), record.value(), id);
        } catch (KafkaUnavailableException e) {
            ledger.release(id);
            throw unavailable(e);
        } catch (RuntimeException e) {
            ledger.release(id);
            throw e;
        }
        ledger.done(id, sent.partition(), sent.offset());
        LOG.infof("replayed dead letter %s onto %s (partition %d, offset %d)", id, origin, sent.partition(),
                sent.offset());
        return view(record, new Document("replayedAt", java.util.Date.from(now)).append("target", origin)
                .append("targetPartition", sent.partition()).append("targetOffset", sent.offset())
                .append("state", "DONE"));
    }

    private static DeadLetter view(DeadLetterRecord r, Document replay) {
        String value = r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8);
        boolean truncated = value != null && value.length() > MAX_VALUE_CHARS;
        return new DeadLetter(ReplayLedger.id(r.topic(), r.partition(), r.offset()), r.topic(), r.partition(), r.offset(), r.timestamp(),
                r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8),
                truncated ? value.substring(0, MAX_VALUE_CHARS) : value, truncated, r.headers(),
                r.headers().get("dead-letter-reason"), origin(r),
                replay == null ? null : new DeadLetter.Replay(replay.getDate("replayedAt").toInstant(),
                        replay.getString("target"), replay.getInteger("targetPartition"),
                        replay.get("targetOffset") == null ? null : ((Number) replay.get("targetOffset")).longValue(),
                        replay.getString("state")));
    }

    /** The original topic: SmallRye's {@code dead-letter-topic} header, else derived from the DLQ's name. */
    private static String origin(DeadLetterRecord r) {
        String header = r.headers().get("dead-letter-topic");
        if (header != null && PipelineTopology.PIPELINE_TOPICS.contains(header)) {
            return header;
        }
        return PipelineTopology.originOf(r.topic()).orElse(null);
    }

    private static <T> T kafka(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (KafkaUnavailableException e) {
            throw unavailable(e);
        }
    }

    static ApiException unavailable(KafkaUnavailableException e) {
        return new ApiException(503, "kafka-unavailable", "Kafka 暂不可用，请稍后重试 / Kafka is not available: "
                + e.getMessage());
    }
}
