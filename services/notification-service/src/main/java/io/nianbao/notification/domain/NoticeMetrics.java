package io.nianbao.notification.domain;

import io.micrometer.core.instrument.MeterRegistry;
import io.nianbao.events.DeliveryStatus;
import io.nianbao.metrics.MetricNames;
import io.nianbao.metrics.PipelineMetrics;
import io.nianbao.metrics.Stage;
import io.nianbao.notification.repository.SubmissionLedger;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Locale;

/**
 * What deliveries do: {@code nianbao.notices} (delivery states reached, by notice kind, channel and state),
 * {@code nianbao.notice.deliveries} (tries by channel and {@link Result}) and, for a delivered notice about a
 * submission, the end-to-end time since the submission was received (stage {@code notified}).
 */
@ApplicationScoped
public class NoticeMetrics {

    /** The result of trying a delivery, the {@code status} of {@code nianbao.notice.deliveries}. */
    public enum Result {
        /** The channel accepted the notice. */
        DELIVERED,
        /** The attempt failed; another one is scheduled. */
        RETRYING,
        /** The attempt failed and no other will be made (budget spent, or the channel cannot work). */
        FAILED,
        /** The agency's contacts are not known yet: tried again later, without using up an attempt. */
        POSTPONED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final MeterRegistry registry;
    private final PipelineMetrics pipeline;
    private final SubmissionLedger ledger;

    public NoticeMetrics(MeterRegistry registry, PipelineMetrics pipeline, SubmissionLedger ledger) {
        this.registry = registry;
        this.pipeline = pipeline;
        this.ledger = ledger;
    }

    public void count(NoticeKind kind, ChannelType channel, DeliveryStatus status) {
        registry.counter(MetricNames.NOTICES, MetricNames.KIND, kind.key(), MetricNames.CHANNEL, channel.key(),
                MetricNames.STATUS, status.name()).increment();
    }

    public void tried(ChannelType channel, Result result) {
        registry.counter(MetricNames.NOTICE_DELIVERIES, MetricNames.CHANNEL, channel.key(),
                MetricNames.STATUS, result.label()).increment();
    }

    /** The delivery reached the agency at {@code at}. */
    public void delivered(Delivery delivery, Instant at) {
        count(delivery.kind(), delivery.channel(), DeliveryStatus.DELIVERED);
        tried(delivery.channel(), Result.DELIVERED);
        if (delivery.submissionId() != null) {
            ledger.receivedAt(delivery.submissionId())
                    .ifPresent(received -> pipeline.endToEnd(Stage.NOTIFIED, received, at));
        }
    }

    /** The delivery was given up. */
    public void failed(Delivery delivery) {
        count(delivery.kind(), delivery.channel(), DeliveryStatus.FAILED);
        tried(delivery.channel(), Result.FAILED);
    }
}
