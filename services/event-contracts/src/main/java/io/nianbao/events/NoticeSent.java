package io.nianbao.events;

import java.time.Instant;

/**
 * The delivery state of a notice about a submission on one channel ({@code email}, {@code webhook}).
 * {@code kind} is {@code correction} (整改通知) or {@code resolved}.
 */
public record NoticeSent(
        String submissionId,
        String agencyId,
        String noticeId,
        String kind,
        String channel,
        DeliveryStatus status,
        int attempts,
        String lastError,
        Instant at) implements PipelineEvent {
}
