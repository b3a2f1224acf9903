package io.nianbao.parsing;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBuckets;
import io.nianbao.devstack.DevStackResource;
import io.nianbao.devstack.KafkaTestClient;
import io.nianbao.events.EventCodec;
import io.nianbao.events.ReportParsed;
import io.nianbao.events.SubmissionReceived;
import io.nianbao.events.Topics;
import io.nianbao.metrics.PrometheusText;
import io.nianbao.parsing.repository.RawFileReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What parsing a submission (or failing to) shows on /q/metrics. */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class ParsingMetricsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Map<String, String> PARSED = Map.of("stage", "parsed");
    private static final Map<String, String> DEAD_LETTERS = Map.of("topic", Topics.SUBMITTED,
            "service", "parsing-service");

    @Inject
    MongoDatabase database;

    private final KafkaTestClient kafka = new KafkaTestClient(DevStackResource.stack().kafkaBootstrap());

    @Test
    void aParsedReportIsCountedByFormatTimedAndMeasuredFromItsReceipt() throws IOException {
        Map<String, String> parsedTxt = Map.of("stage", "parsed", "outcome", "parsed", "format", "txt");
        PrometheusText before = scrape();

        Instant received = Instant.now().minusSeconds(30);
        String id = submit("linchuan-2024.txt", fixture("linchuan-2024.txt"), received);
        ReportParsed parsed = awaitParsed(id);

        PrometheusText after = scrape();
        assertEquals(1, delta(before, after, "nianbao_reports_total", parsedTxt));
        assertEquals(1, delta(before, after, "nianbao_stage_duration_seconds_count", PARSED));
        assertEquals(1, delta(before, after, "nianbao_end_to_end_seconds_count", PARSED));
        assertEquals(Duration.between(received, parsed.parsedAt()).toNanos() / 1e9,
                delta(before, after, "nianbao_end_to_end_seconds_sum", PARSED), 1e-3,
                "end-to-end time runs from the event's receivedAt to parsedAt");
        assertEquals(0, delta(before, after, "nianbao_end_to_end_seconds_bucket", Map.of("stage", "parsed",
                "le", "10.0")), "30 s falls in no bucket up to 10 s");
        assertEquals(1, delta(before, after, "nianbao_end_to_end_seconds_bucket", Map.of("stage", "parsed",
                "le", "+Inf")));
        assertEquals(1, delta(before, after, "nianbao_parse_duration_seconds_count", Map.of("format", "txt")));
        assertTrue(after.has("nianbao_parse_duration_seconds_bucket", Map.of("format", "txt", "le", "0.1")),
                "the parser's timer publishes histogram buckets");

        kafka.send(Topics.SUBMITTED, id, kafka.find(Topics.SUBMITTED, r -> id.equals(r.key()), WAIT)
                .orElseThrow().value());
        assertEquals(2, kafka.findAll(Topics.PARSED, r -> id.equals(r.key()), 2, WAIT).size());
        assertEquals(1, delta(before, scrape(), "nianbao_reports_total", parsedTxt),
                "a redelivery answered from the store is not counted again");
    }

    @Test
    void anUnreadableFileIsCountedAsUnreadableUnderItsFormat() {
        PrometheusText before = scrape();

        awaitParsed(submit("scan.pdf", "%PDF-1.4\n%broken".getBytes(), Instant.now()));

        PrometheusText after = scrape();
        assertEquals(1, delta(before, after, "nianbao_reports_total",
                Map.of("stage", "parsed", "outcome", "unreadable", "format", "pdf")));
        assertEquals(0, delta(before, after, "nianbao_reports_total",
                Map.of("stage", "parsed", "outcome", "parsed", "format", "pdf")));
        assertEquals(1, delta(before, after, "nianbao_parse_results_total",
                Map.of("format", "pdf", "status", "UNREADABLE")));
    }

    @Test
    void aPoisonedRecordIsCountedAsADeadLetterAndTheDeadLetterTopicSizeFollows() {
        double before = scrape().sum("nianbao_dead_letters_total", DEAD_LETTERS);
        String key = "poison-" + UUID.randomUUID();

        kafka.send(Topics.SUBMITTED, key, "{\"not\": \"a submission\"");

        assertTrue(kafka.find(Topics.deadLetter(Topics.SUBMITTED, "parsing"), r -> key.equals(r.key()), WAIT)
                .isPresent());
        await().atMost(WAIT).until(() -> scrape().sum("nianbao_dead_letters_total", DEAD_LETTERS) > before);
        assertEquals(before + 1, scrape().sum("nianbao_dead_letters_total", DEAD_LETTERS));
        // every dead letter of this test JVM's fresh broker was counted, so the topic holds as many
        await().atMost(WAIT).untilAsserted(() -> {
            PrometheusText now = scrape();
            assertEquals(now.sum("nianbao_dead_letters_total", DEAD_LETTERS),
                    now.sum("nianbao_dead_letter_topic_records", DEAD_LETTERS));
        });
    }

    @Test
    void theConsumerLagOfTheGroupIsPublishedAndDrainsToZero() {
        awaitParsed(submit("lag.txt", "not a report".getBytes(), Instant.now()));

        Map<String, String> lag = Map.of("topic", Topics.SUBMITTED, "group", "parsing-service");
        await().atMost(WAIT).untilAsserted(() -> assertEquals(0.0, scrape().sum("nianbao_consumer_lag", lag)));
        assertEquals(1, scrape().samples("nianbao_consumer_lag", lag).size());
    }

    private static double delta(PrometheusText before, PrometheusText after, String name, Map<String, String> labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }

    private static PrometheusText scrape() {
        return PrometheusText.parse(given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    private String submit(String fileName, byte[] bytes, Instant receivedAt) {
        String rawId = GridFSBuckets.create(database, RawFileReader.BUCKET)
                .uploadFromStream(fileName, new ByteArrayInputStream(bytes)).toHexString();
        SubmissionReceived event = new SubmissionReceived("m-" + UUID.randomUUID(), "agency-1", "临川市市场监督管理局",
                fileName, "application/octet-stream", bytes.length, "sha", rawId, receivedAt);
        kafka.send(Topics.SUBMITTED, event.submissionId(), EventCodec.encode(event));
        return event.submissionId();
    }

    private ReportParsed awaitParsed(String submissionId) {
        return kafka.find(Topics.PARSED, r -> submissionId.equals(r.key()), WAIT)
                .map(r -> EventCodec.decode(r.value(), ReportParsed.class))
                .orElseThrow(() -> new AssertionError("no reports.parsed record for " + submissionId));
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ParsingMetricsTest.class.getResourceAsStream("/reports/" + name)) {
            return in.readAllBytes();
        }
    }
}
