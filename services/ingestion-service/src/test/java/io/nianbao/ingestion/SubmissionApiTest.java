package io.nianbao.ingestion;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBuckets;
import io.nianbao.devstack.DevStackResource;
import io.nianbao.devstack.KafkaTestClient;
import io.nianbao.events.EventCodec;
import io.nianbao.events.SubmissionReceived;
import io.nianbao.events.Topics;
import io.nianbao.ingestion.repository.RawFileStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class SubmissionApiTest {

    @Inject
    MongoDatabase database;

    private final KafkaTestClient kafka = new KafkaTestClient(DevStackResource.stack().kafkaBootstrap());
    private String agencyId;

    @BeforeEach
    void registerAgency() {
        TestCredentials.loginAsOperator();
        agencyId = "agency-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "青禾县自然资源局", "email", "office@qinghe.example", "webhookUrl", "http://127.0.0.1:9/hook"))
                .when().put("/api/agencies/" + agencyId)
                .then().statusCode(200).body("name", equalTo("青禾县自然资源局"));
    }

    @Test
    void aSubmissionIsStoredPublishedAndIdempotent() {
        byte[] bytes = ("青禾县自然资源局2024年政府信息公开工作年度报告\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

        String id = submit("report.txt", bytes).then().statusCode(202)
                .body("status", equalTo("RECEIVED"))
                .body("agencyId", equalTo(agencyId))
                .body("fileName", equalTo("report.txt"))
                .extract().path("id");
        submit("renamed.txt", bytes).then().statusCode(202).body("id", equalTo(id));

        ConsumerRecord<String, String> record = kafka.find(Topics.SUBMITTED, r -> id.equals(r.key()), Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no reports.submitted record keyed " + id));
        SubmissionReceived event = EventCodec.decode(record.value(), SubmissionReceived.class);
        assertEquals(agencyId, event.agencyId());
        assertEquals(bytes.length, event.size());

        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        GridFSBuckets.create(database, RawFileStore.BUCKET).downloadToStream(new ObjectId(event.rawFileId()), stored);
        assertArrayEquals(bytes, stored.toByteArray(), "the raw file is kept byte for byte");

        given().when().get("/api/submissions/" + id).then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("history", hasSize(1))
                .body("findings", hasSize(0));
    }

    @Test
    void theSameBytesFromAnotherAgencyAreAnotherSubmission() {
        byte[] bytes = UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);
        String first = submit("a.txt", bytes).then().statusCode(202).extract().path("id");
        registerAgency();
        String second = submit("a.txt", bytes).then().statusCode(202).extract().path("id");
        org.junit.jupiter.api.Assertions.assertNotEquals(first, second);
    }

    @Test
    void badRequestsGetClearJsonErrors() {
        given().multiPart("agencyId", "nobody-registered")
                .multiPart("file", "r.txt", "x".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post("/api/submissions")
                .then().statusCode(404).contentType(ContentType.JSON)
                .body("error", equalTo("unknown-agency")).body("message", not(emptyOrNullString()));

        submit("empty.txt", new byte[0]).then().statusCode(400).body("error", equalTo("empty-file"));

        submit("big.txt", new byte[100_001]).then().statusCode(413).body("error", equalTo("file-too-large"));

        given().multiPart("agencyId", agencyId).when().post("/api/submissions")
                .then().statusCode(400).body("error", equalTo("missing-file"));

        given().when().get("/api/submissions/does-not-exist")
                .then().statusCode(404).body("error", equalTo("unknown-submission"));

        given().contentType(ContentType.JSON).body(Map.of("email", "x@y.z"))
                .when().put("/api/agencies/" + agencyId)
                .then().statusCode(400).body("error", equalTo("missing-name"));

        given().contentType(ContentType.JSON).body("{not json")
                .when().put("/api/agencies/" + agencyId)
                .then().statusCode(400).contentType(ContentType.JSON);
    }

    @Test
    void registeringAnAgencyPublishesItForTheOtherServices() {
        ConsumerRecord<String, String> record = kafka.find(Topics.AGENCIES, r -> agencyId.equals(r.key()),
                Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no agencies.registered record"));
        assertEquals(true, record.value().contains("office@qinghe.example"));
    }

    private io.restassured.response.Response submit(String name, byte[] bytes) {
        return given().multiPart("agencyId", agencyId)
                .multiPart("file", name, bytes, "text/plain")
                .when().post("/api/submissions");
    }
}
