package io.nianbao.devstack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

class DevStackTest {

    @TempDir
    static Path dataDir;

    private static DevStack stack;
    private static MongoClient mongoClient;

    @BeforeAll
    static void startStack() {
        stack = DevStack.start(DevStackConfig.ephemeral(dataDir));
        mongoClient = MongoClients.create(stack.mongoConnectionString());
    }

    @AfterAll
    static void stopStack() {
        if (mongoClient != null) {
            mongoClient.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void addressesAreLoopbackWithTheBoundPorts() {
        assertTrue(stack.kafkaBootstrap().matches("127\\.0\\.0\\.1:[1-9][0-9]*"), stack.kafkaBootstrap());
        assertTrue(stack.mongoConnectionString().matches("mongodb://127\\.0\\.0\\.1:[1-9][0-9]*"));
        assertEquals("127.0.0.1", stack.smtpHost());
        assertTrue(stack.smtpPort() > 0);
        assertTrue(stack.mailViewerUrl().matches("http://127\\.0\\.0\\.1:[1-9][0-9]*/"), stack.mailViewerUrl());
    }

    @Test
    void kafkaRecordsMakeARoundTripThroughAnAutoCreatedTopicWithThreePartitions() throws Exception {
        Map<String, String> sent = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            sent.put("report-" + i, "{\"title\":\"2024年政府信息公开工作年度报告 " + i + "\"}");
        }
        KafkaSupport.produce(stack.kafkaBootstrap(), "roundtrip", sent);

        try (KafkaConsumer<String, String> consumer = KafkaSupport.consumer(stack.kafkaBootstrap(), "roundtrip-test")) {
            assertEquals(3, consumer.partitionsFor("roundtrip").size());
            consumer.subscribe(List.of("roundtrip"));
            List<ConsumerRecord<String, String>> received = KafkaSupport.pollAtLeast(consumer, sent.size());
            Map<String, String> got = received.stream()
                    .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value));
            assertEquals(sent, got);
        }
    }

    @Test
    void aConsumerGroupCommitIsRememberedForTheNextMember() throws Exception {
        Map<String, String> sent = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            sent.put("k" + i, "v" + i);
        }
        KafkaSupport.produce(stack.kafkaBootstrap(), "commits", sent);

        try (KafkaConsumer<String, String> first = KafkaSupport.consumer(stack.kafkaBootstrap(), "commit-group")) {
            first.subscribe(List.of("commits"));
            assertEquals(sent.size(), KafkaSupport.pollAtLeast(first, sent.size()).size());
            first.commitSync();
        }

        KafkaSupport.produce(stack.kafkaBootstrap(), "commits", Map.of("after-commit", "only this one"));
        try (KafkaConsumer<String, String> second = KafkaSupport.consumer(stack.kafkaBootstrap(), "commit-group")) {
            Set<TopicPartition> partitions = second.partitionsFor("commits").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .collect(Collectors.toSet());
            long committed = second.committed(partitions).values().stream()
                    .mapToLong(OffsetAndMetadata::offset).sum();
            assertEquals(sent.size(), committed);

            second.subscribe(List.of("commits"));
            List<ConsumerRecord<String, String>> rest = KafkaSupport.pollAtLeast(second, 1);
            assertEquals(1, rest.size());
            assertEquals("after-commit", rest.get(0).key());
        }
    }

    @Test
    void mongoInsertsAndFindsDocuments() {
        MongoCollection<Document> reports = db().getCollection("reports");
        ObjectId id = new ObjectId();
        reports.insertOne(new Document("_id", id).append("agency", "某市人民政府办公室").append("year", 2024));

        Document found = reports.find(Filters.eq("_id", id)).first();
        assertNotNull(found);
        assertEquals("某市人民政府办公室", found.getString("agency"));
        assertEquals(2024, found.getInteger("year"));
    }

    @Test
    void aUniqueIndexRejectsADuplicateWithE11000() {
        MongoCollection<Document> submissions = db().getCollection("submissions");
        submissions.createIndex(Indexes.ascending("sha256"), new IndexOptions().unique(true));
        submissions.insertOne(new Document("sha256", "abc123"));

        MongoWriteException duplicate = assertThrows(MongoWriteException.class,
                () -> submissions.insertOne(new Document("sha256", "abc123")));
        assertEquals(11000, duplicate.getCode());
        assertEquals(ErrorCategory.DUPLICATE_KEY, ErrorCategory.fromErrorCode(duplicate.getCode()));
    }

    @Test
    void findOneAndUpdateUpsertsThenUpdates() {
        MongoCollection<Document> counters = db().getCollection("counters");
        FindOneAndUpdateOptions upsert = new FindOneAndUpdateOptions().upsert(true)
                .returnDocument(ReturnDocument.AFTER);

        Document created = counters.findOneAndUpdate(Filters.eq("_id", "notices"), Updates.inc("n", 1), upsert);
        Document updated = counters.findOneAndUpdate(Filters.eq("_id", "notices"), Updates.inc("n", 1), upsert);

        assertEquals(1, created.getInteger("n"));
        assertEquals(2, updated.getInteger("n"));
        assertEquals(1, counters.countDocuments(Filters.eq("_id", "notices")));
    }

    @Test
    void gridFsStoresAndReturnsAOneMegabyteFile() {
        byte[] content = new byte[1024 * 1024];
        new Random(42).nextBytes(content);
        GridFSBucket bucket = GridFSBuckets.create(db(), "rawfiles");

        ObjectId id = bucket.uploadFromStream("report.docx", new ByteArrayInputStream(content),
                new GridFSUploadOptions().metadata(new Document("contentType",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")));
        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
        bucket.downloadToStream(id, downloaded);

        assertArrayEquals(content, downloaded.toByteArray());
        GridFSFile file = bucket.find(Filters.eq("_id", id)).first();
        assertNotNull(file);
        assertEquals(content.length, file.getLength());
        assertEquals("report.docx", file.getFilename());
    }

    @Test
    void aChineseMailCanBeReadBackThroughTheViewer() throws Exception {
        String subject = "【年报审核】2024年度报告存在3项问题";
        String body = "您好：\n贵单位提交的《2024年政府信息公开工作年度报告》第三部分合计数不一致。";
        Properties props = new Properties();
        props.put("mail.smtp.host", stack.smtpHost());
        props.put("mail.smtp.port", String.valueOf(stack.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("nianbao@example.gov.cn"));
        message.setRecipients(Message.RecipientType.TO, "office@example.gov.cn, archive@example.gov.cn");
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        Transport.send(message);

        HttpResponse<String> api = get(stack.mailViewerUrl() + "api/mail");
        assertEquals(200, api.statusCode());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        List<Document> mails = Document.parse("{\"mails\":" + api.body() + "}").getList("mails", Document.class);
        List<Document> ours = mails.stream().filter(m -> subject.equals(m.getString("subject"))).toList();
        assertEquals(1, ours.size(), "one entry per mail even with two recipients: " + api.body());
        Document mail = ours.get(0);
        assertEquals("nianbao@example.gov.cn", mail.getString("from"));
        assertEquals(List.of("office@example.gov.cn", "archive@example.gov.cn"), mail.getList("to", String.class));
        assertEquals(body, mail.getString("text").strip().replace("\r\n", "\n"));
        assertNull(mail.get("html"));
        assertNotNull(mail.getString("receivedAt"));

        HttpResponse<String> page = get(stack.mailViewerUrl());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(subject), page.body());
        assertEquals(subject, stack.receivedMails().get(stack.receivedMails().size() - 1).subject());
    }

    @Test
    void theViewerAnswers404ForUnknownPaths() throws Exception {
        assertEquals(404, get(stack.mailViewerUrl() + "nothing-here").statusCode());
    }

    private static MongoDatabase db() {
        return mongoClient.getDatabase("nianbao");
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
