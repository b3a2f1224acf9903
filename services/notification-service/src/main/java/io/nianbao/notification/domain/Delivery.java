package io.nianbao.notification.domain;

import io.nianbao.events.DeliveryStatus;

import java.time.Instant;

/**
 * The delivery of one notice on one channel. It stays {@code PENDING} while attempts remain, becomes
 * {@code DELIVERED} right after the channel accepted it and {@code FAILED} once the attempt budget is spent.
 */
public record Delivery(
        String id,
        String noticeId,
        String submissionId,
        String agencyId,
        NoticeKind kind,
        ChannelType channel,
        DeliveryStatus status,
        int attempts,
        String lastError,
        Instant nextAttemptAt,
        Instant deliveredAt,
        Instant updatedAt) {

    public static String idOf(String noticeId, ChannelType channel) {
        return noticeId + ":" + channel.key();
    }
}
