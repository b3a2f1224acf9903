package io.nianbao.ingestion;

import io.nianbao.devstack.DevStackResource;
import io.nianbao.devstack.KafkaTestClient;
import io.nianbao.events.DeliveryStatus;
import io.nianbao.events.EventCodec;
import io.nianbao.events.NoticeSent;
import io.nianbao.events.ParseStatus;
import io.nianbao.events.ReportParsed;
import io.nianbao.events.ReportValidated;
import io.nianbao.events.Topics;
import io.nianbao.model.Finding;
import io.nianbao.model.Report;
import io.nianbao.model.Severity;
import io.nianbao.model.Verdict;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class ProgressTrackingTest {

    private final KafkaTestClient kafka = new KafkaTestClient(DevStackResource.stack().kafkaBootstrap());

    @BeforeEach
    void login() {
        TestCredentials.loginAsOperator();
    }

    @Test
    void eventsFromLaterStagesMoveTheSubmissionForwardOnceAndOnlyForward() {
        String agencyId = "a-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(Map.of("name", "临川市市场监督管理局", "email", "x@linchuan.example"))
                .put("/api/agencies/" + agencyId).then().statusCode(200);
        String id = given().multiPart("agencyId", agencyId)
                .multiPart("file", "r.txt", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/submissions").then().statusCode(202).extract().path("id");

        Instant t0 = Instant.now();
        Report report = new Report(1, null, "临川市市场监督管理局", 2024, null, "2021", null, null, null);
        String parsed = EventCodec.encode(new ReportParsed(id, agencyId, "临川市市场监督管理局", "r.txt", t0,
                ParseStatus.PARSED, report, null, t0.plusSeconds(1)));
        Finding finding = Finding.of("T3-ROW-TOTAL", Severity.ERROR, "表三总计不等于各列之和",
                List.of("applications.granted.total"), 3, 2);
        String validated = EventCodec.encode(new ReportValidated(id, agencyId, "r.txt", "临川市市场监督管理局", 2024,
                Verdict.FAILED, List.of(finding), "test-1", t0.plusSeconds(2)));
        String notice = EventCodec.encode(new NoticeSent(id, agencyId, "n1", "correction", "email",
                DeliveryStatus.DELIVERED, 1, null, t0.plusSeconds(3)));

        // validated arrives first: the later parsed event must not move the status back
        kafka.send(Topics.VALIDATED, id, validated);
        kafka.send(Topics.PARSED, id, parsed);
        kafka.send(Topics.NOTICES, id, notice);
        kafka.send(Topics.VALIDATED, id, validated); // redelivery

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/submissions/" + id).then().statusCode(200)
                        .body("status", equalTo("FAILED"))
                        .body("verdict", equalTo("FAILED"))
                        .body("findings.rule", contains("T3-ROW-TOTAL"))
                        .body("findings[0].severity", equalTo("error"))
                        .body("notices", hasSize(1))
                        .body("notices[0].status", equalTo("DELIVERED"))
                        .body("history.status", contains("RECEIVED", "PARSED", "FAILED")));
    }

    @Test
    void aRecordThatIsNotAnEventGoesToTheDeadLetterTopicAndConsumptionContinues() {
        String key = "garbage-" + UUID.randomUUID();
        kafka.send(Topics.VALIDATED, key, "this is not json");

        assertTrue(kafka.find(Topics.deadLetter(Topics.VALIDATED, "ingestion"), r -> key.equals(r.key()),
                Duration.ofSeconds(30)).isPresent(), "the bad record is in reports.validated.ingestion.dlq");
    }
}
