package io.nianbao.notification;

import io.nianbao.devstack.DevStackResource;
import io.nianbao.events.DeliveryStatus;
import io.nianbao.events.EventCodec;
import io.nianbao.events.NoticeSent;
import io.nianbao.events.ReportValidated;
import io.nianbao.events.SubmissionReceived;
import io.nianbao.events.Topics;
import io.nianbao.metrics.PrometheusText;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What deciding on verdicts and delivering notices shows on /q/metrics. */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class NotificationMetricsTest {

    private static final Map<String, String> NOTIFIED = Map.of("stage", "notified");

    private final TestEvents events = new TestEvents();

    @Test
    void aCorrectionNoticeIsCountedOnceAndItsDeliveryMeasuredFromTheSubmissionsReceipt() {
        String agencyId = TestEvents.unique("metrics-agency");
        String email = agencyId + "@linchuan.example";
        String submissionId = TestEvents.unique("metrics-sub");
        Instant received = Instant.now().minusSeconds(40).truncatedTo(ChronoUnit.MILLIS);
        events.awaitConsumed(events.agency(agencyId, "临川市市场监督管理局", email, null));
        events.awaitConsumed(events.kafka.send(Topics.SUBMITTED, submissionId, EventCodec.encode(
                new SubmissionReceived(submissionId, agencyId, "临川市市场监督管理局", "2024年报.docx",
                        "application/octet-stream", 100, "sha", "000000000000000000000000", received))));
        PrometheusText before = scrape();

        ReportValidated verdict = TestEvents.failed(submissionId, agencyId, 2024, Instant.now(), TestEvents.ROW_TOTAL);
        events.validated(verdict);
        await().atMost(TestEvents.PATIENCE).until(() -> delivered(submissionId, "email") != null);
        NoticeSent delivered = delivered(submissionId, "email");

        PrometheusText after = scrape();
        assertEquals(1, delta(before, after, "nianbao_reports_total",
                Map.of("stage", "notified", "outcome", "correction", "format", "docx")));
        assertEquals(1, delta(before, after, "nianbao_stage_duration_seconds_count", NOTIFIED));
        assertEquals(1, delta(before, after, "nianbao_end_to_end_seconds_count", NOTIFIED));
        assertEquals(Duration.between(received, delivered.at()).toNanos() / 1e9,
                delta(before, after, "nianbao_end_to_end_seconds_sum", NOTIFIED), 1e-3,
                "from the submission's receipt to the notice's delivery");
        assertTrue(delta(before, after, "nianbao_notice_deliveries_total",
                Map.of("channel", "email", "status", "delivered")) >= 1);

        events.awaitConsumed(events.validated(verdict));
        assertEquals(1, delta(before, scrape(), "nianbao_reports_total",
                Map.of("stage", "notified", "outcome", "correction", "format", "docx")),
                "a redelivered verdict is not counted again");
    }

    @Test
    void aPassingFirstVerdictIsCountedAsNoNotice() {
        String agencyId = TestEvents.unique("metrics-agency");
        PrometheusText before = scrape();

        events.awaitConsumed(events.validated(TestEvents.passed(TestEvents.unique("metrics-sub"), agencyId, 2024,
                Instant.now())));

        assertEquals(1, delta(before, scrape(), "nianbao_reports_total",
                Map.of("stage", "notified", "outcome", "none", "format", "docx")));
    }

    @Test
    void aWebhookThatNeverAnswersIsRetriedThenCountedAsFailed() {
        String agencyId = TestEvents.unique("metrics-agency");
        String submissionId = TestEvents.unique("metrics-sub");
        events.awaitConsumed(events.agency(agencyId, "临川市市场监督管理局", agencyId + "@linchuan.example",
                "http://127.0.0.1:9/unreachable"));
        PrometheusText before = scrape();

        events.validated(TestEvents.failed(submissionId, agencyId, 2024, Instant.now(), TestEvents.ROW_TOTAL));
        await().atMost(TestEvents.PATIENCE).until(() -> events.notices(submissionId).stream()
                .anyMatch(n -> n.channel().equals("webhook") && n.status() == DeliveryStatus.FAILED));

        PrometheusText after = scrape();
        // the test profile allows 4 attempts: 3 failures are retried, the 4th gives up
        assertTrue(delta(before, after, "nianbao_notice_deliveries_total",
                Map.of("channel", "webhook", "status", "retrying")) >= 3);
        assertTrue(delta(before, after, "nianbao_notice_deliveries_total",
                Map.of("channel", "webhook", "status", "failed")) >= 1);
        assertTrue(delta(before, after, "nianbao_notices_total",
                Map.of("kind", "correction", "channel", "webhook", "status", "FAILED")) >= 1);
        assertEquals(0, delta(before, after, "nianbao_end_to_end_seconds_count", NOTIFIED),
                "nothing was delivered for a submission this service saw received");
    }

    @Test
    void aPoisonedVerdictIsCountedAsADeadLetter() {
        Map<String, String> labels = Map.of("topic", Topics.VALIDATED, "service", "notification-service");
        double before = scrape().sum("nianbao_dead_letters_total", labels);
        String key = TestEvents.unique("poison");

        events.kafka.send(Topics.VALIDATED, key, "{{{");

        await().atMost(TestEvents.PATIENCE).until(() -> scrape().sum("nianbao_dead_letters_total", labels) > before);
        assertEquals(before + 1, scrape().sum("nianbao_dead_letters_total", labels));
        await().atMost(TestEvents.PATIENCE).untilAsserted(() -> assertTrue(
                scrape().sum("nianbao_dead_letter_topic_records", labels) >= 1));
    }

    private NoticeSent delivered(String submissionId, String channel) {
        return events.notices(submissionId).stream()
                .filter(n -> n.channel().equals(channel) && n.status() == DeliveryStatus.DELIVERED)
                .findFirst().orElse(null);
    }

    private static double delta(PrometheusText before, PrometheusText after, String name, Map<String, String> labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }

    private static PrometheusText scrape() {
        return PrometheusText.parse(given().get("/q/metrics").then().statusCode(200).extract().asString());
    }
}
