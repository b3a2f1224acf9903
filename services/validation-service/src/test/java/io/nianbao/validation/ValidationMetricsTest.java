package io.nianbao.validation;

import io.nianbao.devstack.DevStackResource;
import io.nianbao.devstack.KafkaTestClient;
import io.nianbao.events.EventCodec;
import io.nianbao.events.ParseStatus;
import io.nianbao.events.ReportParsed;
import io.nianbao.events.ReportValidated;
import io.nianbao.events.Topics;
import io.nianbao.metrics.PrometheusText;
import io.nianbao.model.Report;
import io.nianbao.model.ReportJson;
import io.nianbao.model.Verdict;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What validating a report (or failing to read a record) shows on /q/metrics. */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class ValidationMetricsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Map<String, String> VALIDATED = Map.of("stage", "validated");

    private final KafkaTestClient kafka = new KafkaTestClient(DevStackResource.stack().kafkaBootstrap());

    @Test
    void verdictsAreCountedPerOutcomeAndTheEndToEndTimeIsMeasuredFromTheReceipt() throws IOException {
        PrometheusText before = scrape();

        ReportParsed passing = parsed(report(), "linchuan-2024.docx");
        ReportValidated passed = validate(passing);
        ReportParsed unreadable = new ReportParsed("vm-" + UUID.randomUUID(), "agency-vm", "临川市市场监督管理局",
                "scan.pdf", passing.receivedAt(), ParseStatus.UNREADABLE, null, "corrupt PDF", passing.parsedAt());
        ReportValidated failed = validate(unreadable);

        PrometheusText after = scrape();
        assertEquals(Verdict.PASSED, passed.verdict());
        assertEquals(Verdict.FAILED, failed.verdict());
        assertEquals(1, delta(before, after, "nianbao_reports_total",
                Map.of("stage", "validated", "outcome", "passed", "format", "docx")));
        assertEquals(1, delta(before, after, "nianbao_reports_total",
                Map.of("stage", "validated", "outcome", "failed", "format", "pdf")));
        assertEquals(2, delta(before, after, "nianbao_stage_duration_seconds_count", VALIDATED));
        assertEquals(2, delta(before, after, "nianbao_end_to_end_seconds_count", VALIDATED));
        double expected = seconds(passing.receivedAt(), passed.validatedAt())
                + seconds(unreadable.receivedAt(), failed.validatedAt());
        assertEquals(expected, delta(before, after, "nianbao_end_to_end_seconds_sum", VALIDATED), 1e-3,
                "from each event's receivedAt to its validatedAt");
        assertTrue(after.has("nianbao_stage_duration_seconds_bucket", Map.of("stage", "validated", "le", "0.5")));

        kafka.send(Topics.PARSED, passing.submissionId(), EventCodec.encode(passing));
        assertEquals(2, kafka.findAll(Topics.VALIDATED, r -> passing.submissionId().equals(r.key()), 2, WAIT).size());
        assertEquals(1, delta(before, scrape(), "nianbao_reports_total",
                Map.of("stage", "validated", "outcome", "passed", "format", "docx")),
                "a redelivery answered from the store is not counted again");
    }

    @Test
    void aPoisonedRecordIsCountedAsADeadLetterOfThisService() {
        Map<String, String> labels = Map.of("topic", Topics.PARSED, "service", "validation-service");
        double before = scrape().sum("nianbao_dead_letters_total", labels);
        String key = "poison-" + UUID.randomUUID();

        kafka.send(Topics.PARSED, key, "not json at all");

        assertTrue(kafka.find(Topics.deadLetter(Topics.PARSED, "validation"), r -> key.equals(r.key()), WAIT)
                .isPresent());
        await().atMost(WAIT).until(() -> scrape().sum("nianbao_dead_letters_total", labels) > before);
        assertEquals(before + 1, scrape().sum("nianbao_dead_letters_total", labels));
        await().atMost(WAIT).untilAsserted(() -> assertEquals(0.0, scrape().sum("nianbao_consumer_lag",
                Map.of("topic", Topics.PARSED, "group", "validation-service"))));
    }

    private ReportValidated validate(ReportParsed parsed) {
        kafka.send(Topics.PARSED, parsed.submissionId(), EventCodec.encode(parsed));
        return kafka.find(Topics.VALIDATED, r -> parsed.submissionId().equals(r.key()), WAIT)
                .map(r -> EventCodec.decode(r.value(), ReportValidated.class))
                .orElseThrow(() -> new AssertionError("no reports.validated record for " + parsed.submissionId()));
    }

    private static ReportParsed parsed(Report report, String fileName) {
        Instant received = LocalDate.of(2025, 1, 21).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new ReportParsed("vm-" + UUID.randomUUID(), "agency-vm-" + UUID.randomUUID(), "临川市市场监督管理局",
                fileName, received, ParseStatus.PARSED, report, null, received.plusSeconds(1));
    }

    private static Report report() throws IOException {
        try (InputStream in = ValidationMetricsTest.class.getResourceAsStream("/reports/linchuan-2024.json")) {
            return ReportJson.mapper().readValue(in, Report.class);
        }
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    private static double delta(PrometheusText before, PrometheusText after, String name, Map<String, String> labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }

    private static PrometheusText scrape() {
        return PrometheusText.parse(given().get("/q/metrics").then().statusCode(200).extract().asString());
    }
}
