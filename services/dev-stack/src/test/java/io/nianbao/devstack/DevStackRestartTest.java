package io.nianbao.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;

class DevStackRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void mongoDocumentsAndKafkaRecordsSurviveARestartOnTheSameDataDirectory() throws Exception {
        try (DevStack first = DevStack.start(DevStackConfig.ephemeral(dataDir));
                MongoClient client = MongoClients.create(first.mongoConnectionString())) {
            client.getDatabase("nianbao").getCollection("reports")
                    .insertOne(new Document("_id", "r-1").append("title", "2024年度报告"));
            KafkaSupport.produce(first.kafkaBootstrap(), "kept", Map.of("r-1", "submitted"));
        }
        assertNotNull(Files.list(dataDir.resolve("mongo")).findAny().orElse(null));

        try (DevStack second = DevStack.start(DevStackConfig.ephemeral(dataDir));
                MongoClient client = MongoClients.create(second.mongoConnectionString());
                KafkaConsumer<String, String> consumer = KafkaSupport.consumer(second.kafkaBootstrap(), "after")) {
            Document found = client.getDatabase("nianbao").getCollection("reports")
                    .find(Filters.eq("_id", "r-1")).first();
            assertNotNull(found);
            assertEquals("2024年度报告", found.getString("title"));

            consumer.subscribe(List.of("kept"));
            List<ConsumerRecord<String, String>> records = KafkaSupport.pollAtLeast(consumer, 1);
            assertEquals(1, records.size());
            assertEquals("submitted", records.get(0).value());
        }
    }
}
