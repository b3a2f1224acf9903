package io.nianbao.ingestion.operator.kafka;

import io.nianbao.ingestion.config.ConsoleConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Publishes a record's key and value (unchanged bytes) on a topic and waits for the broker's acknowledgement. */
@ApplicationScoped
public class RecordRepublisher {

    /** Header naming the dead-letter record a replayed record came from ({@code topic/partition/offset}). */
    public static final String REPLAYED_FROM = "nianbao-replayed-from";

    private final KafkaClients clients;
    private final ConsoleConfig config;

    public RecordRepublisher(KafkaClients clients, ConsoleConfig config) {
        this.clients = clients;
        this.config = config;
    }

    /** @return the partition and offset the record got on {@code topic} */
    public RecordMetadata publish(String topic, byte[] key, byte[] value, String replayedFrom) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, key, value);
        record.headers().add(REPLAYED_FROM, replayedFrom.getBytes(StandardCharsets.UTF_8));
        try {
            return clients.producer().send(record).get(config.kafkaTimeout().toMillis() * 3, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted", e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new KafkaUnavailableException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage(), e);
        }
    }
}
