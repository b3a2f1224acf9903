package io.nianbao.parsing;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.Filters;
import io.nianbao.devstack.DevStackResource;
import io.nianbao.devstack.KafkaTestClient;
import io.nianbao.events.EventCodec;
import io.nianbao.events.ParseStatus;
import io.nianbao.events.ReportParsed;
import io.nianbao.events.SubmissionReceived;
import io.nianbao.events.Topics;
import io.nianbao.parsing.repository.RawFileReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class SubmissionParsingTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    MongoDatabase database;

    private final KafkaTestClient kafka = new KafkaTestClient(DevStackResource.stack().kafkaBootstrap());

    @Test
    void aStoredReportIsParsedIntoTheCanonicalModelAndPublishedKeyedBySubmission() throws IOException {
        SubmissionReceived submission = submit("linchuan-2024.txt", fixture("linchuan-2024.txt"));

        ReportParsed parsed = awaitParsed(submission.submissionId());

        assertEquals(ParseStatus.PARSED, parsed.status());
        assertEquals("临川市市场监督管理局", parsed.report().agency());
        assertEquals(2024, parsed.report().year());
        assertEquals("2025-01-20", parsed.report().publishedOn().toString());
        assertEquals(List.of(3, 1, 0, 0, 0, 0, 4), parsed.report().tables().applications().rows().get("newReceived"));
        assertEquals(1, parsed.report().tables().reviewLitigation().review().get("upheld"));
        assertNotNull(parsed.report().provenance().get("applications.newReceived.total"));
        assertEquals(submission.agencyId(), parsed.agencyId());
    }

    @Test
    void aRedeliveredSubmissionIsAnsweredFromTheStoreNotParsedAgain() throws IOException {
        SubmissionReceived submission = submit("linchuan-2024.txt", fixture("linchuan-2024.txt"));
        ReportParsed first = awaitParsed(submission.submissionId());

        kafka.send(Topics.SUBMITTED, submission.submissionId(), EventCodec.encode(submission));

        List<ReportParsed> all = kafka.findAll(Topics.PARSED, r -> submission.submissionId().equals(r.key()), 2, WAIT)
                .stream().map(r -> EventCodec.decode(r.value(), ReportParsed.class)).toList();
        assertEquals(2, all.size(), "the redelivery is answered again");
        assertEquals(first, all.get(1), "with the same stored result (same parsedAt)");
        assertEquals(1, database.getCollection("parsing_results")
                .countDocuments(Filters.eq("_id", submission.submissionId())));
    }

    @Test
    void anUnreadableFileIsReportedAsUnreadableWithAReason() {
        SubmissionReceived submission = submit("scan.pdf", "%PDF-1.4\n%broken".getBytes());

        ReportParsed parsed = awaitParsed(submission.submissionId());

        assertEquals(ParseStatus.UNREADABLE, parsed.status());
        assertTrue(parsed.unreadableReason() != null && !parsed.unreadableReason().isBlank());
        assertEquals(null, parsed.report());
    }

    @Test
    void recordsThatCannotBeProcessedGoToTheDeadLetterTopic() {
        String garbageKey = "garbage-" + UUID.randomUUID();
        kafka.send(Topics.SUBMITTED, garbageKey, "{\"this\":\"is not a submission\"");
        SubmissionReceived missing = new SubmissionReceived("missing-" + UUID.randomUUID(), "a", "A", "x.txt",
                "text/plain", 10, "00", "000000000000000000000000", Instant.now());
        kafka.send(Topics.SUBMITTED, missing.submissionId(), EventCodec.encode(missing));

        String dlq = Topics.deadLetter(Topics.SUBMITTED, "parsing");
        assertTrue(kafka.find(dlq, r -> garbageKey.equals(r.key()), WAIT).isPresent(), "invalid JSON is dead-lettered");
        assertTrue(kafka.find(dlq, r -> missing.submissionId().equals(r.key()), WAIT).isPresent(),
                "a submission whose file is not in the store is dead-lettered, not dropped");
    }

    private SubmissionReceived submit(String fileName, byte[] bytes) {
        String rawId = GridFSBuckets.create(database, RawFileReader.BUCKET)
                .uploadFromStream(fileName, new ByteArrayInputStream(bytes)).toHexString();
        SubmissionReceived event = new SubmissionReceived("s-" + UUID.randomUUID(), "agency-1", "临川市市场监督管理局",
                fileName, "application/octet-stream", bytes.length, "sha", rawId, Instant.now());
        kafka.send(Topics.SUBMITTED, event.submissionId(), EventCodec.encode(event));
        return event;
    }

    private ReportParsed awaitParsed(String submissionId) {
        ConsumerRecord<String, String> record = kafka.find(Topics.PARSED, r -> submissionId.equals(r.key()), WAIT)
                .orElseThrow(() -> new AssertionError("no reports.parsed record for " + submissionId));
        return EventCodec.decode(record.value(), ReportParsed.class);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = SubmissionParsingTest.class.getResourceAsStream("/reports/" + name)) {
            return in.readAllBytes();
        }
    }
}
