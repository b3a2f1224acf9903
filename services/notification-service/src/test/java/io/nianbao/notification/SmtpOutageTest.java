package io.nianbao.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.nianbao.devstack.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real SMTP server that is down when the notice is due and comes up later. */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
@TestProfile(SmtpOutageTest.SmtpDown.class)
class SmtpOutageTest {

    @BeforeEach
    void loginAsOperator() {
        // the %test profile's operator (application.properties): every /api/* call needs a login
        RestAssured.authentication = RestAssured.preemptive().basic("operator", "operator-test");
    }

    /** The port is chosen once per JVM and shared through a system property: the profile and the test
     *  instance are loaded by different class loaders, so a static field would differ between them. */
    private static final String PORT_PROPERTY = "smtp-outage-test.port";

    /** The mailer points at a port where nothing listens yet; retries are quick and plenty. */
    public static class SmtpDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port()),
                    "nianbao.delivery.max-attempts", "1000", "nianbao.delivery.max-backoff", "PT0.5S");
        }
    }

    private final TestEvents events = new TestEvents();

    @Test
    void aNoticeWaitsForTheSmtpServerAndArrivesOnceWhenItIsBack() throws Exception {
        String agencyId = TestEvents.unique("outage-agency");
        String email = agencyId + "@linchuan.example";
        String submissionId = TestEvents.unique("sub");
        events.agency(agencyId, "临川市住房和城乡建设局", email, null);
        events.validated(TestEvents.failed(submissionId, agencyId, 2024, Instant.now(), TestEvents.ROW_TOTAL));

        await().atMost(TestEvents.PATIENCE).untilAsserted(() ->
                given().get("/api/notices?submissionId=" + submissionId).then()
                        .body("[0].deliveries[0].status", equalTo("PENDING"))
                        .body("[0].deliveries[0].attempts", greaterThanOrEqualTo(2))
                        .body("[0].deliveries[0].lastError", containsString("SMTP")));

        GreenMail smtp = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            await().atMost(TestEvents.PATIENCE).untilAsserted(() ->
                    given().get("/api/notices?submissionId=" + submissionId).then()
                            .body("[0].deliveries[0].status", equalTo("DELIVERED")));
            MimeMessage[] received = smtp.getReceivedMessages();
            assertEquals(1, received.length);
            assertTrue(received[0].getSubject().startsWith("【整改通知】"));
            assertTrue(TestEvents.mailsTo(email).isEmpty(), "nothing went to the stack's own SMTP server");
        } finally {
            smtp.stop();
        }
    }

    static synchronized int port() {
        String chosen = System.getProperty(PORT_PROPERTY);
        if (chosen == null) {
            chosen = String.valueOf(freePort());
            System.setProperty(PORT_PROPERTY, chosen);
        }
        return Integer.parseInt(chosen);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
