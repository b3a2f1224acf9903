package io.nianbao.metrics;

import io.nianbao.devstack.DevStack;
import io.nianbao.devstack.DevStackConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lag and topic sizes read from a real KRaft broker (the dev stack's). */
class KafkaBacklogTest {

    @TempDir
    static Path data;
    private static DevStack stack;
    private static Admin admin;

    @BeforeAll
    static void start() {
        stack = DevStack.start(DevStackConfig.ephemeral(data));
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()));
    }

    @AfterAll
    static void stop() {
        if (admin != null) {
            admin.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void lagCountsTheRecordsAfterTheGroupsCommittedOffsetsOnEveryPartition() throws Exception {
        String topic = "lag-" + UUID.randomUUID();
        String group = "group-" + UUID.randomUUID();
        admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        produce(topic, 0, 3);
        produce(topic, 1, 2);
        commit(group, new TopicPartition(topic, 0), 1);
        KafkaBacklog backlog = new KafkaBacklog(admin, Duration.ofSeconds(10));

        Map<KafkaBacklog.GroupTopic, Long> earliest = backlog.lag(List.of(
                new IncomingChannel("in", topic, group, true, null)));
        Map<KafkaBacklog.GroupTopic, Long> latest = backlog.lag(List.of(
                new IncomingChannel("in", topic, group, false, null)));

        assertEquals(Map.of(new KafkaBacklog.GroupTopic(group, topic), 4L), earliest,
                "2 after the commit on partition 0, and both records of uncommitted partition 1");
        assertEquals(Map.of(new KafkaBacklog.GroupTopic(group, topic), 2L), latest,
                "a group starting at the end has no lag on a partition it never committed");
    }

    @Test
    void topicSizesCountEveryRecordAndATopicThatDoesNotExistHoldsNothing() throws Exception {
        String topic = "dlq-" + UUID.randomUUID();
        String missing = "missing-" + UUID.randomUUID();
        admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        produce(topic, 0, 3);
        KafkaBacklog backlog = new KafkaBacklog(admin, Duration.ofSeconds(10));

        assertEquals(Map.of(topic, 3L, missing, 0L), backlog.size(List.of(topic, missing)));
        assertEquals(Map.of(new KafkaBacklog.GroupTopic("nobody", missing), 0L),
                backlog.lag(List.of(new IncomingChannel("in", missing, "nobody", true, null))));
    }

    private static void produce(String topic, int partition, int count) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, partition, "k" + i, "v" + i)).get();
            }
        }
    }

    private static void commit(String group, TopicPartition partition, long offset) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.assign(List.of(partition));
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(offset)));
        }
    }
}
