package io.nianbao.parsing.messaging;

import io.nianbao.events.EventCodec;
import io.nianbao.events.ReportParsed;
import io.nianbao.events.SubmissionReceived;
import io.nianbao.parsing.domain.ReportReader;
import io.nianbao.parsing.repository.ParsedReportRepository;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import org.eclipse.microprofile.faulttolerance.Retry;
import io.nianbao.events.InvalidEventException;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * reports.submitted → reports.parsed. The input offset is committed only after the output is acknowledged.
 * Idempotent: a submission parsed before is answered from the stored result (and published again, in case the
 * earlier publication was lost). Store failures (MongoDB away, the raw file not readable yet) are retried with
 * exponential backoff; a record that is not a valid event, or still fails after the retries, goes to the
 * dead-letter topic.
 */
@ApplicationScoped
public class SubmissionConsumer {

    private static final Logger LOG = Logger.getLogger(SubmissionConsumer.class);

    private final ReportReader reader;
    private final ParsedReportRepository results;

    public SubmissionConsumer(ReportReader reader, ParsedReportRepository results) {
        this.reader = reader;
        this.results = results;
    }

    @Incoming(Channels.SUBMITTED_IN)
    @Outgoing(Channels.PARSED_OUT)
    @Blocking
    @Retry(maxRetries = 6, delay = 500, maxDuration = 180_000, abortOn = InvalidEventException.class)
    @ExponentialBackoff(maxDelay = 30_000)
    public Record<String, String> parse(String json) {
        SubmissionReceived submission = EventCodec.decode(json, SubmissionReceived.class);
        MDC.put("submissionId", submission.submissionId());
        try {
            ReportParsed parsed = results.find(submission.submissionId()).orElse(null);
            if (parsed != null) {
                LOG.info("already parsed; publishing the stored result again");
            } else {
                parsed = reader.read(submission);
                results.save(parsed);
                LOG.infof("parsed %s: %s%s", submission.fileName(), parsed.status(),
                        parsed.unreadableReason() == null ? "" : " (" + parsed.unreadableReason() + ")");
            }
            return Record.of(parsed.submissionId(), EventCodec.encode(parsed));
        } finally {
            MDC.remove("submissionId");
        }
    }
}
