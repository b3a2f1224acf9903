package io.nianbao.notification;

import io.nianbao.devstack.DevStackResource;
import io.nianbao.devstack.ReceivedMail;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class ResolvedNoticeTest {

    @BeforeEach
    void loginAsOperator() {
        // the %test profile's operator (application.properties): every /api/* call needs a login
        RestAssured.authentication = RestAssured.preemptive().basic("operator", "operator-test");
    }

    private final TestEvents events = new TestEvents();

    @Test
    void aResubmissionThatPassesAfterAFailureGetsOneResolvedNotice() {
        String agencyId = TestEvents.unique("agency");
        String email = agencyId + "@linchuan.example";
        String first = TestEvents.unique("sub");
        String second = TestEvents.unique("sub");
        Instant t0 = Instant.now();
        events.agency(agencyId, "临川市交通运输局", email, null);
        events.validated(TestEvents.failed(first, agencyId, 2024, t0, TestEvents.ROW_TOTAL));
        await().atMost(TestEvents.PATIENCE).until(() -> TestEvents.mailsTo(email).size() == 1);

        events.validated(TestEvents.passed(second, agencyId, 2024, t0.plusSeconds(60)));
        await().atMost(TestEvents.PATIENCE).until(() -> TestEvents.mailsTo(email).size() == 2);
        ReceivedMail resolved = TestEvents.mailsTo(email).get(1);
        assertTrue(resolved.subject().startsWith("【审查通过】"), resolved.subject());
        assertTrue(resolved.text().contains("已通过审查"), resolved.text());
        assertTrue(resolved.text().contains(first), "names the failed submission: " + resolved.text());
        assertTrue(resolved.text().contains("http://nianbao.test/api/submissions/" + second), resolved.text());

        RecordMetadata again = events.validated(TestEvents.passed(second, agencyId, 2024, t0.plusSeconds(60)));
        events.awaitConsumed(again);
        assertEquals(2, TestEvents.mailsTo(email).size());
        given().get("/api/notices?submissionId=" + second).then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].kind", equalTo("resolved"))
                .body("[0].deliveries[0].status", equalTo("DELIVERED"));

        // a later pass after a pass is no news
        String third = TestEvents.unique("sub");
        RecordMetadata another = events.validated(TestEvents.passed(third, agencyId, 2024, t0.plusSeconds(120)));
        events.awaitConsumed(another);
        given().get("/api/notices?submissionId=" + third).then().body("", hasSize(0));
        assertEquals(2, TestEvents.mailsTo(email).size());
    }

    @Test
    void aFailureReadAfterALaterPassOfTheSameReportSendsNoCorrection() {
        String agencyId = TestEvents.unique("agency");
        String stale = TestEvents.unique("sub");
        String fixed = TestEvents.unique("sub");
        Instant t0 = Instant.now();
        events.agency(agencyId, "临川市水利局", agencyId + "@linchuan.example", null);
        events.awaitConsumed(events.validated(TestEvents.passed(fixed, agencyId, 2024, t0.plusSeconds(60))));
        RecordMetadata late = events.validated(TestEvents.failed(stale, agencyId, 2024, t0, TestEvents.ROW_TOTAL));
        events.awaitConsumed(late);
        List<?> notices = given().get("/api/notices?agencyId=" + agencyId).then().statusCode(200)
                .extract().jsonPath().getList("");
        assertTrue(notices.isEmpty(), notices.toString());
    }
}
