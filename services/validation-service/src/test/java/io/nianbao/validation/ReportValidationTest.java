package io.nianbao.validation;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
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
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class ReportValidationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String AGENCY = "临川市市场监督管理局";

    @Inject
    MongoDatabase database;

    private final KafkaTestClient kafka = new KafkaTestClient(DevStackResource.stack().kafkaBootstrap());

    @Test
    void aConsistentReportPassesWithTheCatalogueVersionRecorded() throws IOException {
        ReportValidated result = validate(parsed("agency-clean", AGENCY, report()));

        assertEquals(Verdict.PASSED, result.verdict());
        assertTrue(result.findings().stream().noneMatch(Finding::isError), () -> "no error: " + result.findings());
        assertNotNull(result.catalogueVersion());
        assertEquals(AGENCY, result.reportAgency());
        assertEquals(2024, result.reportYear());
    }

    @Test
    void anArithmeticErrorFailsTheReportAndNamesTheCell() throws IOException {
        Report report = report();
        report.tables().applications().rows().get("resultTotal").set(6, 5);

        ReportValidated result = validate(parsed("agency-sum", AGENCY, report));

        assertEquals(Verdict.FAILED, result.verdict());
        Finding sum = result.findings().stream().filter(f -> f.rule().equals("T3-RESULT-SUM")).findFirst()
                .orElseThrow(() -> new AssertionError("T3-RESULT-SUM expected in " + result.findings()));
        assertTrue(sum.cells().contains("applications.resultTotal.total"), sum.cells().toString());
        assertEquals(4, ((Number) sum.expected()).intValue());
        assertEquals(5, ((Number) sum.actual()).intValue());
    }

    @Test
    void anUnreadableFileFailsWithTheReason() {
        ReportParsed parsed = new ReportParsed("s-" + UUID.randomUUID(), "agency-x", AGENCY, "scan.pdf", Instant.now(),
                ParseStatus.UNREADABLE, null, "PDF 无文本层（扫描件）", Instant.now());

        ReportValidated result = validate(parsed);

        assertEquals(Verdict.FAILED, result.verdict());
        assertEquals(List.of("UNREADABLE"), result.findings().stream().map(Finding::rule).toList());
        assertTrue(result.findings().get(0).message().contains("扫描件"), result.findings().get(0).message());
    }

    @Test
    void theReportOfAnotherAgencyThanTheRegisteredOneFails() throws IOException {
        ReportValidated result = validate(parsed("agency-other", "青禾县自然资源局", report()));

        assertEquals(Verdict.FAILED, result.verdict());
        assertTrue(result.findings().stream().anyMatch(f -> f.rule().equals("AGENCY-MISMATCH")), result.toString());
    }

    @Test
    void carryOverIsComparedWithTheSameAgencysPreviousYear() throws IOException {
        String agencyId = "agency-carry-" + UUID.randomUUID();
        Report previous = report(2023);
        previous.tables().applications().rows().put("carriedForward", new ArrayList<>(List.of(2, 0, 0, 0, 0, 0, 2)));
        validate(parsed(agencyId, AGENCY, previous));

        ReportValidated result = validate(parsed(agencyId, AGENCY, report()));

        assertTrue(result.findings().stream().anyMatch(f -> f.rule().equals("CARRY-MISMATCH")),
                () -> "2024 carriedOver 1 vs 2023 carriedForward 2: " + result.findings());
    }

    @Test
    void aRedeliveredReportGetsTheStoredResultAndBadRecordsAreDeadLettered() throws IOException {
        ReportParsed parsed = parsed("agency-redeliver", AGENCY, report());
        ReportValidated first = validate(parsed);

        kafka.send(Topics.PARSED, parsed.submissionId(), EventCodec.encode(parsed));
        List<ReportValidated> all = kafka.findAll(Topics.VALIDATED, r -> parsed.submissionId().equals(r.key()), 2, WAIT)
                .stream().map(r -> EventCodec.decode(r.value(), ReportValidated.class)).toList();
        assertEquals(2, all.size());
        assertEquals(first, all.get(1));
        assertEquals(1, database.getCollection("validation_results")
                .countDocuments(Filters.eq("submissionId", parsed.submissionId())));

        String key = "garbage-" + UUID.randomUUID();
        kafka.send(Topics.PARSED, key, "[1,2,3]");
        assertFalse(kafka.find(Topics.deadLetter(Topics.PARSED, "validation"), r -> key.equals(r.key()), WAIT).isEmpty());
    }

    private ReportValidated validate(ReportParsed parsed) {
        kafka.send(Topics.PARSED, parsed.submissionId(), EventCodec.encode(parsed));
        return kafka.find(Topics.VALIDATED, r -> parsed.submissionId().equals(r.key()), WAIT)
                .map(r -> EventCodec.decode(r.value(), ReportValidated.class))
                .orElseThrow(() -> new AssertionError("no reports.validated record for " + parsed.submissionId()));
    }

    private static ReportParsed parsed(String agencyId, String registeredName, Report report) {
        Instant received = java.time.LocalDate.of(2025, 1, 21).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        return new ReportParsed("s-" + UUID.randomUUID(), agencyId, registeredName, "linchuan-2024.txt", received,
                ParseStatus.PARSED, report, null, received.plusSeconds(1));
    }

    private static Report report() throws IOException {
        return report(2024);
    }

    private static Report report(int year) throws IOException {
        try (InputStream in = ReportValidationTest.class.getResourceAsStream("/reports/linchuan-2024.json")) {
            Report r = ReportJson.mapper().readValue(in, Report.class);
            return new Report(r.schemaVersion(), r.source(), r.agency(), year,
                    r.publishedOn().withYear(year + 1), r.template(), r.sections(), r.tables(), r.provenance());
        }
    }
}
