package io.nianbao.parsing.messaging;

import io.micrometer.core.instrument.Timer;
import io.nianbao.events.EventCodec;
import io.nianbao.events.ParseStatus;
import io.nianbao.events.ReportParsed;
import io.nianbao.events.SubmissionReceived;
import io.nianbao.metrics.PipelineMetrics;
import io.nianbao.metrics.Stage;
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
    private final PipelineMetrics metrics;

    public SubmissionConsumer(ReportReader reader, ParsedReportRepository results, PipelineMetrics metrics) {
        this.reader = reader;
        this.results = results;
        this.metrics = metrics;
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
                Timer.Sample sample = metrics.startStage();
                parsed = reader.read(submission);
                results.save(parsed);
                metrics.stageDone(Stage.PARSED, sample);
                metrics.report(Stage.PARSED, parsed.status() == ParseStatus.PARSED ? "parsed" : "unreadable",
                        submission.fileName());
                metrics.endToEnd(Stage.PARSED, submission.receivedAt(), parsed.parsedAt());
                LOG.infof("parsed %s: %s%s", submission.fileName(), parsed.status(),
                        parsed.unreadableReason() == null ? "" : " (" + parsed.unreadableReason() + ")");
            }
            return Record.of(parsed.submissionId(), EventCodec.encode(parsed));
        } finally {
            MDC.remove("submissionId");
        }
    }
}
