package io.nianbao.ingestion;

import io.nianbao.devstack.DevStackResource;
import io.nianbao.devstack.KafkaTestClient;
import io.nianbao.events.Topics;
import io.nianbao.metrics.PrometheusText;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What receiving submissions and bad progress records shows on /q/metrics. */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class IngestionMetricsTest {

    @BeforeEach
    void login() {
        TestCredentials.loginAsOperator();
    }

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final KafkaTestClient kafka = new KafkaTestClient(DevStackResource.stack().kafkaBootstrap());

    @Test
    void receivedSubmissionsAreCountedAsAcceptedOrDuplicateByFormat() {
        String agencyId = "metrics-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(Map.of("name", "青禾县自然资源局"))
                .when().put("/api/agencies/" + agencyId).then().statusCode(200);
        byte[] bytes = ("2024年政府信息公开工作年度报告\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        PrometheusText before = scrape();

        submit(agencyId, "report.DOCX", bytes);
        submit(agencyId, "again.docx", bytes);
        submit(agencyId, "again.docx", bytes);

        PrometheusText after = scrape();
        assertEquals(1, delta(before, after, "nianbao_reports_total",
                Map.of("stage", "received", "outcome", "accepted", "format", "docx")));
        assertEquals(2, delta(before, after, "nianbao_reports_total",
                Map.of("stage", "received", "outcome", "duplicate", "format", "docx")));
        assertEquals(1, delta(before, after, "nianbao_stage_duration_seconds_count", Map.of("stage", "received")),
                "only the stored submission is timed");
    }

    @Test
    void aPoisonedProgressRecordIsCountedAsADeadLetterAndEveryConsumerHasALagGauge() {
        Map<String, String> labels = Map.of("topic", Topics.VALIDATED, "service", "ingestion-service");
        double before = scrape().sum("nianbao_dead_letters_total", labels);
        String key = "poison-" + UUID.randomUUID();

        kafka.send(Topics.VALIDATED, key, "{\"submissionId\": 42, \"verdict\": \"MAYBE\"}");

        assertTrue(kafka.find(Topics.deadLetter(Topics.VALIDATED, "ingestion"), r -> key.equals(r.key()), WAIT)
                .isPresent());
        await().atMost(WAIT).until(() -> scrape().sum("nianbao_dead_letters_total", labels) > before);
        assertEquals(before + 1, scrape().sum("nianbao_dead_letters_total", labels));
        for (String topic : List.of(Topics.PARSED, Topics.VALIDATED, Topics.NOTICES)) {
            await().atMost(WAIT).untilAsserted(() -> assertEquals(0.0, scrape().sum("nianbao_consumer_lag",
                    Map.of("topic", topic, "group", "ingestion-service")), topic));
        }
    }

    private static void submit(String agencyId, String name, byte[] bytes) {
        given().multiPart("agencyId", agencyId).multiPart("file", name, bytes, "text/plain")
                .when().post("/api/submissions").then().statusCode(202);
    }

    private static double delta(PrometheusText before, PrometheusText after, String name, Map<String, String> labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }

    private static PrometheusText scrape() {
        return PrometheusText.parse(given().get("/q/metrics").then().statusCode(200).extract().asString());
    }
}
