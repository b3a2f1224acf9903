package io.nianbao.notification;

import io.nianbao.devstack.DevStackResource;
import io.nianbao.devstack.ReceivedMail;
import io.nianbao.events.DeliveryStatus;
import io.nianbao.events.NoticeSent;
import io.nianbao.events.Topics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class CorrectionNoticeTest {

    @BeforeEach
    void loginAsOperator() {
        // the %test profile's operator (application.properties): every /api/* call needs a login
        RestAssured.authentication = RestAssured.preemptive().basic("operator", "operator-test");
    }

    private final TestEvents events = new TestEvents();

    @Test
    void aFailedReportGetsOneCorrectionMailWithEveryFindingEvenWhenTheVerdictIsRedelivered() {
        String agencyId = TestEvents.unique("agency");
        String email = agencyId + "@linchuan.example";
        String submissionId = TestEvents.unique("sub");
        events.agency(agencyId, "临川市市场监督管理局", email, null);
        events.validated(TestEvents.failed(submissionId, agencyId, 2024, Instant.now(),
                TestEvents.ROW_TOTAL, TestEvents.TEMPLATE, TestEvents.OVERVIEW));

        await().atMost(TestEvents.PATIENCE).until(() -> TestEvents.mailsTo(email).size() == 1);
        ReceivedMail mail = TestEvents.mailsTo(email).get(0);
        assertTrue(mail.subject().startsWith("【整改通知】"), mail.subject());
        assertTrue(mail.subject().contains("临川市市场监督管理局2024年政府信息公开工作年度报告"), mail.subject());
        String text = mail.text();
        assertTrue(text.startsWith("临川市市场监督管理局："), text);
        assertTrue(text.contains("共有 2 个须整改的问题"), text);
        assertTrue(text.contains("[T3-ROW-TOTAL] 表三行总计不符"), text);
        assertTrue(text.contains(TestEvents.ROW_TOTAL.message()), text);
        assertTrue(text.contains("应为：11；实为：12"), text);
        assertTrue(text.contains("整改方法：请核对该行各类申请人的数字"), text);
        assertTrue(text.contains("[TEMPLATE-OUTDATED] 使用旧版格式"), text);
        int warnings = text.indexOf("二、提示事项");
        assertTrue(warnings > text.indexOf("[TEMPLATE-OUTDATED]"), "warnings come after the errors: " + text);
        assertTrue(text.indexOf("[OVERVIEW-INCOMPLETE]") > warnings, "the warning is in its own section: " + text);
        assertTrue(text.contains("重新报送截止日期："), text);
        assertTrue(text.contains("http://nianbao.test/api/submissions/" + submissionId), text);
        assertTrue(mail.html().contains("<code>T3-ROW-TOTAL</code>"), mail.html());
        assertTrue(mail.html().contains("href=\"http://nianbao.test/api/submissions/" + submissionId + "\""));

        await().atMost(TestEvents.PATIENCE).until(() -> events.notices(submissionId).stream()
                .anyMatch(n -> n.status() == DeliveryStatus.DELIVERED));
        List<NoticeSent> sent = events.notices(submissionId);
        NoticeSent delivered = sent.stream().filter(n -> n.status() == DeliveryStatus.DELIVERED).findFirst().orElseThrow();
        assertEquals("correction", delivered.kind());
        assertEquals("email", delivered.channel());
        assertEquals(agencyId, delivered.agencyId());
        assertEquals(1, delivered.attempts());
        assertTrue(sent.stream().anyMatch(n -> n.status() == DeliveryStatus.PENDING
                && n.at().isBefore(delivered.at())), "PENDING was published before DELIVERED: " + sent);

        // Kafka redelivers the same verdict: the notice exists, its delivery is DELIVERED, nothing is sent again
        RecordMetadata again = events.validated(TestEvents.failed(submissionId, agencyId, 2024, Instant.now(),
                TestEvents.OVERVIEW, TestEvents.TEMPLATE, TestEvents.ROW_TOTAL));
        events.awaitConsumed(again);
        assertEquals(1, TestEvents.mailsTo(email).size());
        given().get("/api/notices?submissionId=" + submissionId).then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].kind", equalTo("correction"))
                .body("[0].agencyId", equalTo(agencyId))
                .body("[0].deliveries.channel", contains("email"))
                .body("[0].deliveries[0].status", equalTo("DELIVERED"))
                .body("[0].deliveries[0].attempts", equalTo(1));
    }

    @Test
    void aVerdictThatArrivesBeforeTheAgencyWaitsForItsContacts() {
        String agencyId = TestEvents.unique("late-agency");
        String email = agencyId + "@fuzhou.example";
        String submissionId = TestEvents.unique("sub");
        RecordMetadata verdict = events.validated(TestEvents.failed(submissionId, agencyId, 2024, Instant.now(),
                TestEvents.ROW_TOTAL));
        events.awaitConsumed(verdict);
        given().get("/api/notices?submissionId=" + submissionId).then().statusCode(200)
                .body("[0].deliveries[0].status", equalTo("PENDING"))
                .body("[0].deliveries[0].attempts", equalTo(0));
        assertTrue(TestEvents.mailsTo(email).isEmpty());

        events.agency(agencyId, "抚州市临川区人民政府办公室", email, null);

        await().atMost(TestEvents.PATIENCE).until(() -> TestEvents.mailsTo(email).size() == 1);
        assertTrue(TestEvents.mailsTo(email).get(0).text().contains("[T3-ROW-TOTAL]"));
        await().atMost(TestEvents.PATIENCE).untilAsserted(() ->
                given().get("/api/notices?submissionId=" + submissionId).then()
                        .body("[0].deliveries[0].status", equalTo("DELIVERED")));
    }

    @Test
    void aPassedReportWithoutAnEarlierFailureGetsNoNotice() {
        String agencyId = TestEvents.unique("agency");
        String submissionId = TestEvents.unique("sub");
        events.agency(agencyId, "临川市教育局", agencyId + "@linchuan.example", null);
        RecordMetadata verdict = events.validated(TestEvents.passed(submissionId, agencyId, 2024, Instant.now()));
        events.awaitConsumed(verdict);
        given().get("/api/notices?submissionId=" + submissionId).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aRecordThatIsNotAnEventGoesToTheDeadLetterTopic() {
        String key = TestEvents.unique("garbage");
        events.kafka.send(Topics.VALIDATED, key, "{\"submissionId\": ");
        events.kafka.send(Topics.AGENCIES, key, "not json at all");
        assertTrue(events.kafka.find(Topics.deadLetter(Topics.VALIDATED, "notification"), r -> key.equals(r.key()),
                TestEvents.PATIENCE).isPresent(), "the bad verdict is in reports.validated.notification.dlq");
        assertTrue(events.kafka.find(Topics.deadLetter(Topics.AGENCIES, "notification"), r -> key.equals(r.key()),
                TestEvents.PATIENCE).isPresent(), "the bad agency is in agencies.registered.notification.dlq");
    }

    @Test
    void readinessCoversKafkaAndMongoAndDeliveriesAreCounted() {
        String agencyId = TestEvents.unique("agency");
        String email = agencyId + "@linchuan.example";
        events.agency(agencyId, "临川市审计局", email, null);
        events.validated(TestEvents.failed(TestEvents.unique("sub"), agencyId, 2024, Instant.now(),
                TestEvents.TEMPLATE));
        await().atMost(TestEvents.PATIENCE).until(() -> TestEvents.mailsTo(email).size() == 1);

        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItems(
                        org.hamcrest.Matchers.containsString("Kafka"), org.hamcrest.Matchers.containsString("MongoDB")));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("nianbao_notices_total")
                && l.contains("kind=\"correction\"") && l.contains("channel=\"email\"")
                && l.contains("status=\"DELIVERED\"")), metrics);
    }

    @Test
    void unknownNoticeIsAJsonNotFound() {
        given().get("/api/notices/nope").then().statusCode(404).body("error", equalTo("unknown-notice"));
    }
}
