package io.nianbao.ingestion.messaging;

import io.nianbao.events.EventCodec;
import io.nianbao.events.NoticeSent;
import io.nianbao.events.PipelineEvent;
import io.nianbao.events.ReportParsed;
import io.nianbao.events.ReportValidated;
import io.nianbao.ingestion.repository.SubmissionRepository;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import org.eclipse.microprofile.faulttolerance.Retry;
import io.nianbao.events.InvalidEventException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.util.function.Predicate;

/**
 * Follows each submission through the later stages and records its progress. A failure to store (e.g. MongoDB
 * briefly away) is retried with exponential backoff; a record that cannot be decoded, or still fails after the
 * retries, goes to the channel's dead-letter topic. Replays are harmless (the repository updates are idempotent).
 */
@ApplicationScoped
public class ProgressConsumer {

    private static final Logger LOG = Logger.getLogger(ProgressConsumer.class);

    private final SubmissionRepository submissions;

    public ProgressConsumer(SubmissionRepository submissions) {
        this.submissions = submissions;
    }

    @Incoming(Channels.PARSED_IN)
    @Blocking
    @Retry(maxRetries = 6, delay = 500, maxDuration = 180_000, abortOn = InvalidEventException.class)
    @ExponentialBackoff(maxDelay = 30_000)
    public void parsed(String json) {
        apply(EventCodec.decode(json, ReportParsed.class), submissions::applyParsed, "parsed");
    }

    @Incoming(Channels.VALIDATED_IN)
    @Blocking
    @Retry(maxRetries = 6, delay = 500, maxDuration = 180_000, abortOn = InvalidEventException.class)
    @ExponentialBackoff(maxDelay = 30_000)
    public void validated(String json) {
        apply(EventCodec.decode(json, ReportValidated.class), submissions::applyValidated, "validated");
    }

    @Incoming(Channels.NOTICES_IN)
    @Blocking
    @Retry(maxRetries = 6, delay = 500, maxDuration = 180_000, abortOn = InvalidEventException.class)
    @ExponentialBackoff(maxDelay = 30_000)
    public void notice(String json) {
        apply(EventCodec.decode(json, NoticeSent.class), submissions::applyNotice, "notice");
    }

    private <E extends PipelineEvent> void apply(E event, Predicate<E> update, String stage) {
        MDC.put("submissionId", event.submissionId());
        try {
            if (update.test(event)) {
                LOG.infof("recorded %s event", stage);
            } else {
                LOG.warnf("%s event for a submission this service does not know; ignored", stage);
            }
        } finally {
            MDC.remove("submissionId");
        }
    }
}
