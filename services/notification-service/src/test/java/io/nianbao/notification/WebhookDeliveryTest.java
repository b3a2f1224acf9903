package io.nianbao.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nianbao.devstack.DevStackResource;
import io.nianbao.events.DeliveryStatus;
import io.nianbao.events.NoticeSent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class WebhookDeliveryTest {

    @BeforeEach
    void loginAsOperator() {
        // the %test profile's operator (application.properties): every /api/* call needs a login
        RestAssured.authentication = RestAssured.preemptive().basic("operator", "operator-test");
    }

    private final TestEvents events = new TestEvents();

    @Test
    void aWebhookThatFailsOnceIsRetriedAndDeliveredOnceWithAValidSignature() throws Exception {
        try (WebhookReceiver hook = new WebhookReceiver(500)) {
            String agencyId = TestEvents.unique("hook-agency");
            String email = agencyId + "@linchuan.example";
            String submissionId = TestEvents.unique("sub");
            events.agency(agencyId, "临川市司法局", email, hook.url());
            events.validated(TestEvents.failed(submissionId, agencyId, 2024, Instant.now(), TestEvents.ROW_TOTAL,
                    TestEvents.OVERVIEW));

            await().atMost(TestEvents.PATIENCE).untilAsserted(() ->
                    given().get("/api/notices?submissionId=" + submissionId).then()
                            .body("[0].deliveries.channel", containsInAnyOrder("email", "webhook"))
                            .body("[0].deliveries.status", containsInAnyOrder("DELIVERED", "DELIVERED")));
            List<WebhookReceiver.Received> calls = hook.received();
            assertEquals(List.of(500, 200), calls.stream().map(WebhookReceiver.Received::answeredWith).toList());
            WebhookReceiver.Received accepted = calls.get(1);
            assertEquals(calls.get(0).body(), accepted.body(), "a retry sends the same body");
            assertEquals("sha256=" + hmac("test-secret", accepted.body()), accepted.header("X-Nianbao-Signature"));
            assertTrue(accepted.header("Content-Type").startsWith("application/json"));

            JsonNode body = new ObjectMapper().readTree(accepted.body());
            String noticeId = body.get("noticeId").asText();
            assertEquals(noticeId, accepted.header("X-Nianbao-Notice-Id"));
            assertEquals(submissionId, body.get("submissionId").asText());
            assertEquals(agencyId, body.get("agencyId").asText());
            assertEquals("FAILED", body.get("verdict").asText());
            assertEquals("correction", body.get("kind").asText());
            assertEquals("T3-ROW-TOTAL", body.get("findings").get(0).get("rule").asText());
            assertEquals("error", body.get("findings").get(0).get("severity").asText());
            assertEquals(TestEvents.ROW_TOTAL.message(), body.get("findings").get(0).get("message").asText());
            assertEquals("applications.granted.total", body.get("findings").get(0).get("cells").get(0).asText());
            assertEquals(11, body.get("findings").get(0).get("expected").asInt());
            assertEquals(12, body.get("findings").get(0).get("actual").asInt());
            assertEquals("OVERVIEW-INCOMPLETE", body.get("findings").get(1).get("rule").asText());
            assertTrue(body.get("text").asText().contains("[T3-ROW-TOTAL] 表三行总计不符"));

            await().atMost(TestEvents.PATIENCE).until(() -> events.notices(submissionId).stream()
                    .anyMatch(n -> "webhook".equals(n.channel()) && n.status() == DeliveryStatus.DELIVERED));
            List<NoticeSent> webhookStates = events.notices(submissionId).stream()
                    .filter(n -> "webhook".equals(n.channel())).toList();
            NoticeSent retrying = webhookStates.stream().filter(n -> n.attempts() == 1).findFirst().orElseThrow();
            assertEquals(DeliveryStatus.PENDING, retrying.status());
            assertEquals("webhook answered HTTP 500", retrying.lastError());
            NoticeSent delivered = webhookStates.stream().filter(n -> n.status() == DeliveryStatus.DELIVERED)
                    .findFirst().orElseThrow();
            assertEquals(2, delivered.attempts());
            assertEquals(1, TestEvents.mailsTo(email).size());
        }
    }

    @Test
    void aWebhookThatNeverAnswers2xxIsGivenUpAfterTheAttemptBudget() {
        try (WebhookReceiver hook = new WebhookReceiver(503, 503, 503, 503, 503, 503, 503, 503)) {
            String agencyId = TestEvents.unique("hook-agency");
            String submissionId = TestEvents.unique("sub");
            events.agency(agencyId, "临川市财政局", null, hook.url());
            events.validated(TestEvents.failed(submissionId, agencyId, 2024, Instant.now(), TestEvents.TEMPLATE));

            await().atMost(TestEvents.PATIENCE).untilAsserted(() ->
                    given().get("/api/notices?submissionId=" + submissionId).then()
                            .body("[0].deliveries.channel", containsInAnyOrder("webhook"))
                            .body("[0].deliveries[0].status", equalTo("FAILED"))
                            .body("[0].deliveries[0].attempts", equalTo(4))
                            .body("[0].deliveries[0].lastError", equalTo("webhook answered HTTP 503")));
            assertEquals(4, hook.received().size(), "no attempt after the budget (4 in tests) is spent");
            await().atMost(TestEvents.PATIENCE).until(() -> events.notices(submissionId).stream()
                    .anyMatch(n -> n.status() == DeliveryStatus.FAILED));
            NoticeSent failed = events.notices(submissionId).stream().filter(n -> n.status() == DeliveryStatus.FAILED)
                    .findFirst().orElseThrow();
            assertEquals(4, failed.attempts());
            assertNotNull(failed.lastError());
        }
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
