package io.nianbao.ingestion.operator.kafka;

import io.nianbao.ingestion.config.ConsoleConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.HashMap;
import java.util.Map;

/**
 * The plain Kafka clients of the operator API, outside SmallRye's channels: one admin client (offsets, consumer
 * groups) and one producer (replays), both created on first use and closed at shutdown, and short-lived
 * consumers without a group (reading dead-letter topics never commits anything).
 */
@ApplicationScoped
public class KafkaClients {

    private final String bootstrap;
    private final ConsoleConfig config;
    private Admin admin;
    private KafkaProducer<byte[], byte[]> producer;

    public KafkaClients(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap, ConsoleConfig config) {
        this.bootstrap = bootstrap;
        this.config = config;
    }

    public synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> props = common("admin");
            int timeout = (int) config.kafkaTimeout().toMillis();
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
            admin = Admin.create(props);
        }
        return admin;
    }

    public synchronized KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            Map<String, Object> props = common("replay");
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, config.kafkaTimeout().toMillis());
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.kafkaTimeout().toMillis() * 2);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) config.kafkaTimeout().toMillis());
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    /** A new consumer without a group: assign partitions and seek; the caller closes it. */
    public KafkaConsumer<byte[], byte[]> reader() {
        Map<String, Object> props = common("dlq-reader");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        props.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) config.kafkaTimeout().toMillis());
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) config.kafkaTimeout().toMillis());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }

    private Map<String, Object> common(String role) {
        Map<String, Object> props = new HashMap<>();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(CommonClientConfigs.CLIENT_ID_CONFIG, "ingestion-console-" + role);
        return props;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(2));
        }
    }
}
