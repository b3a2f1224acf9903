package io.nianbao.validation;

import io.nianbao.devstack.DevStackResource;
import io.nianbao.devstack.KafkaTestClient;
import io.nianbao.events.EventCodec;
import io.nianbao.events.ParseStatus;
import io.nianbao.events.ReportParsed;
import io.nianbao.events.ReportValidated;
import io.nianbao.events.Topics;
import io.nianbao.model.Finding;
import io.nianbao.model.Report;
import io.nianbao.model.ReportJson;
import io.nianbao.model.Verdict;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With {@code nianbao.validation.expected-year} set, a report for another year fails YEAR-MISMATCH. */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
@TestProfile(ExpectedYearTest.Expect2024.class)
class ExpectedYearTest {

    @BeforeEach
    void loginAsOperator() {
        // the %test profile's operator (application.properties): every /api/* call needs a login
        RestAssured.authentication = RestAssured.preemptive().basic("operator", "operator-test");
    }

    private static final Duration WAIT = Duration.ofSeconds(60);

    /** The January 2025 round: reports for 2024 are expected. */
    public static class Expect2024 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("nianbao.validation.expected-year", "2024");
        }
    }

    private final KafkaTestClient kafka = new KafkaTestClient(DevStackResource.stack().kafkaBootstrap());

    @Test
    void aReportForAnotherYearFailsAndAReplayKeepsTheExpectedYearOfItsSubmission() throws IOException {
        ReportParsed expected = parsed(report(2024));
        ReportParsed wrongYear = parsed(report(2023));

        assertTrue(validate(expected).findings().stream().noneMatch(f -> f.rule().equals("YEAR-MISMATCH")));
        ReportValidated result = validate(wrongYear);
        assertEquals(Verdict.FAILED, result.verdict());
        assertTrue(result.findings().stream().map(Finding::rule).anyMatch("YEAR-MISMATCH"::equals),
                result.findings().toString());

        String runId = given().contentType(ContentType.JSON)
                .body(Map.of("submissionIds", List.of(wrongYear.submissionId())))
                .when().post("/api/validation/replay").then().statusCode(202).extract().path("runId");
        await().atMost(WAIT).untilAsserted(() -> given().when().get("/api/validation/replays/" + runId)
                .then().statusCode(200).body("status", equalTo("DONE")).body("validated", equalTo(1)));
        given().when().get("/api/validation/results/" + wrongYear.submissionId())
                .then().statusCode(200).body("[0].runId", equalTo(runId))
                .body("[0].findings.rule", hasItem("YEAR-MISMATCH"));
    }

    private ReportValidated validate(ReportParsed parsed) {
        kafka.send(Topics.PARSED, parsed.submissionId(), EventCodec.encode(parsed));
        return kafka.find(Topics.VALIDATED, r -> parsed.submissionId().equals(r.key()), WAIT)
                .map(r -> EventCodec.decode(r.value(), ReportValidated.class))
                .orElseThrow(() -> new AssertionError("no reports.validated record for " + parsed.submissionId()));
    }

    private static ReportParsed parsed(Report report) {
        Instant received = LocalDate.of(2025, 1, 21).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new ReportParsed("s-" + UUID.randomUUID(), "agency-year-" + UUID.randomUUID(), report.agency(),
                "report.docx", received, ParseStatus.PARSED, report, null, received.plusSeconds(1));
    }

    private static Report report(int year) throws IOException {
        try (InputStream in = ExpectedYearTest.class.getResourceAsStream("/reports/linchuan-2024.json")) {
            Report r = ReportJson.mapper().readValue(in, Report.class);
            return new Report(r.schemaVersion(), r.source(), r.agency(), year, r.publishedOn().withYear(year + 1),
                    r.template(), r.sections(), r.tables(), r.provenance());
        }
    }
}
