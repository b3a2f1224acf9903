package io.nianbao.notification;

import io.nianbao.devstack.DevStackResource;
import io.nianbao.devstack.ReceivedMail;
import io.nianbao.events.EventCodec;
import io.nianbao.events.SubmissionReceived;
import io.nianbao.events.Topics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test profile's deadline is 2031-01-31 with reminders 7 days before. */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class ReminderTest {

    @BeforeEach
    void loginAsOperator() {
        // the %test profile's operator (application.properties): every /api/* call needs a login
        RestAssured.authentication = RestAssured.preemptive().basic("operator", "operator-test");
    }

    private final TestEvents events = new TestEvents();

    @Test
    void agenciesThatHaveNotSubmittedGetOneReminderAndOneOverdueNotice() {
        String silent = TestEvents.unique("silent");
        String silentMail = silent + "@linchuan.example";
        String diligent = TestEvents.unique("diligent");
        String diligentMail = diligent + "@linchuan.example";
        RecordMetadata silentRegistered = events.agency(silent, "临川市自然资源局", silentMail, null);
        events.awaitConsumed(events.agency(diligent, "临川市统计局", diligentMail, null));
        events.awaitConsumed(silentRegistered);
        String submissionId = TestEvents.unique("sub");
        events.awaitConsumed(events.kafka.send(Topics.SUBMITTED, submissionId, EventCodec.encode(
                new SubmissionReceived(submissionId, diligent, "临川市统计局", "2030年报.pdf", "application/pdf", 100,
                        "ab", "0123456789abcdef01234567", Instant.parse("2031-01-10T02:00:00Z")))));

        JsonPath early = run("2031-01-23");
        assertEquals("none", early.getString("phase"));
        assertFalse(agencies(early, "reminder").contains(silent));

        JsonPath first = run("2031-01-24");
        assertEquals("reminder", first.getString("phase"));
        assertEquals(2030, first.getInt("reportYear"));
        assertTrue(agencies(first, "reminder").contains(silent), first.prettify());
        assertFalse(agencies(first, "reminder").contains(diligent), "it submitted: " + first.prettify());
        await().atMost(TestEvents.PATIENCE).until(() -> TestEvents.mailsTo(silentMail).size() == 1);
        ReceivedMail reminder = TestEvents.mailsTo(silentMail).get(0);
        assertTrue(reminder.subject().startsWith("【报送提醒】"), reminder.subject());
        assertTrue(reminder.text().contains("2030年政府信息公开工作年度报告的报送截止日期为 2031年1月31日，距截止还有 7 天"),
                reminder.text());

        JsonPath second = run("2031-01-25");
        assertFalse(agencies(second, "reminder").contains(silent), "a reminder goes out once per deadline");

        JsonPath overdue = run("2031-02-03");
        assertEquals("overdue", overdue.getString("phase"));
        assertTrue(agencies(overdue, "overdue").contains(silent));
        assertFalse(agencies(run("2031-02-04"), "overdue").contains(silent), "an overdue notice goes out once");
        await().atMost(TestEvents.PATIENCE).until(() -> TestEvents.mailsTo(silentMail).size() == 2);
        assertTrue(TestEvents.mailsTo(silentMail).get(1).subject().startsWith("【逾期提醒】"));
        assertTrue(TestEvents.mailsTo(diligentMail).isEmpty());

        given().get("/api/notices?agencyId=" + silent).then().statusCode(200)
                .body("", hasSize(2))
                .body("kind", org.hamcrest.Matchers.containsInAnyOrder("reminder", "overdue"))
                .body("[0].deliveries[0].status", equalTo("DELIVERED"));
    }

    @Test
    void aBadDateIsAJsonError() {
        given().post("/api/reminders/run?today=31.01.2031").then().statusCode(400).body("error", equalTo("invalid-date"));
    }

    private static JsonPath run(String today) {
        return given().post("/api/reminders/run?today=" + today).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> agencies(JsonPath run, String kind) {
        return run.getList("sent.findAll { it.kind == '" + kind + "' }.agencyId", String.class);
    }
}
