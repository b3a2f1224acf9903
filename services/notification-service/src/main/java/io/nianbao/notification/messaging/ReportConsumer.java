package io.nianbao.notification.messaging;

import io.nianbao.events.EventCodec;
import io.nianbao.events.InvalidEventException;
import io.nianbao.events.ReportValidated;
import io.nianbao.events.SubmissionReceived;
import io.nianbao.notification.domain.NoticeService;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * reports.validated → notices (created once per idempotency key, then delivered); reports.submitted → who has
 * submitted (for deadline reminders). Failures are retried; records that cannot be decoded go at once to the
 * channel's dead-letter topic.
 */
@ApplicationScoped
public class ReportConsumer {

    private static final Logger LOG = Logger.getLogger(ReportConsumer.class);

    private final NoticeService notices;

    public ReportConsumer(NoticeService notices) {
        this.notices = notices;
    }

    @Incoming(Channels.VALIDATED_IN)
    @Blocking
    @Retry(maxRetries = 6, delay = 500, maxDuration = 180_000, abortOn = InvalidEventException.class)
    @ExponentialBackoff(maxDelay = 30_000)
    public void validated(String json) {
        ReportValidated event = EventCodec.decode(json, ReportValidated.class);
        MDC.put("submissionId", event.submissionId());
        try {
            notices.reportValidated(event).ifPresentOrElse(
                    n -> LOG.infof("%s: %s notice %s", event.verdict(), n.kind().key(), n.id()),
                    () -> LOG.infof("%s: no notice due", event.verdict()));
        } finally {
            MDC.remove("submissionId");
        }
    }

    @Incoming(Channels.SUBMITTED_IN)
    @Blocking
    @Retry(maxRetries = 6, delay = 500, maxDuration = 180_000, abortOn = InvalidEventException.class)
    @ExponentialBackoff(maxDelay = 30_000)
    public void submitted(String json) {
        SubmissionReceived event = EventCodec.decode(json, SubmissionReceived.class);
        MDC.put("submissionId", event.submissionId());
        try {
            notices.submissionReceived(event);
        } finally {
            MDC.remove("submissionId");
        }
    }
}
