package io.nianbao.notification;

import io.nianbao.devstack.DevStackResource;
import io.nianbao.events.DeliveryStatus;
import io.nianbao.events.NoticeSent;
import io.nianbao.notification.config.NotificationConfig;
import io.nianbao.notification.delivery.DeliveryException;
import io.nianbao.notification.delivery.MailerEmailSender;
import io.nianbao.notification.delivery.OutgoingEmail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class SmtpFailureTest {

    @BeforeEach
    void loginAsOperator() {
        // the %test profile's operator (application.properties): every /api/* call needs a login
        RestAssured.authentication = RestAssured.preemptive().basic("operator", "operator-test");
    }

    @Inject
    ReactiveMailer mailer;
    @Inject
    NotificationConfig config;

    private final TestEvents events = new TestEvents();

    /** The real sender, except that the first {@code failures} mails fail as if the SMTP server were down. */
    static final class FlakySender extends MailerEmailSender {
        private final AtomicInteger failuresLeft;
        final AtomicInteger calls = new AtomicInteger();

        FlakySender(ReactiveMailer mailer, NotificationConfig config, int failures) {
            super(mailer, config);
            this.failuresLeft = new AtomicInteger(failures);
        }

        @Override
        public void send(OutgoingEmail email) {
            calls.incrementAndGet();
            if (failuresLeft.getAndDecrement() > 0) {
                throw new DeliveryException("SMTP: ConnectException: Connection refused");
            }
            super.send(email);
        }
    }

    @Test
    void aMailThatFailsIsRetriedWithBackoffAndArrivesOnce() {
        FlakySender flaky = new FlakySender(mailer, config, 2);
        QuarkusMock.installMockForType(flaky, MailerEmailSender.class);
        String agencyId = TestEvents.unique("smtp-agency");
        String email = agencyId + "@linchuan.example";
        String submissionId = TestEvents.unique("sub");
        events.agency(agencyId, "临川市卫生健康委员会", email, null);
        events.validated(TestEvents.failed(submissionId, agencyId, 2024, Instant.now(), TestEvents.TEMPLATE));

        await().atMost(TestEvents.PATIENCE).untilAsserted(() ->
                given().get("/api/notices?submissionId=" + submissionId).then()
                        .body("[0].deliveries[0].status", equalTo("DELIVERED"))
                        .body("[0].deliveries[0].attempts", equalTo(3)));
        assertEquals(3, flaky.calls.get());
        assertEquals(1, TestEvents.mailsTo(email).size());
        assertTrue(TestEvents.mailsTo(email).get(0).text().contains("[TEMPLATE-OUTDATED]"));

        await().atMost(TestEvents.PATIENCE).until(() -> events.notices(submissionId).stream()
                .anyMatch(n -> n.status() == DeliveryStatus.DELIVERED));
        List<NoticeSent> states = events.notices(submissionId);
        assertTrue(states.stream().anyMatch(n -> n.status() == DeliveryStatus.PENDING && n.attempts() == 2
                && n.lastError().contains("Connection refused")), states.toString());
    }
}
