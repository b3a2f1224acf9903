package io.nianbao.notification.domain;

import java.time.Instant;

/**
 * One notice to one agency, rendered once and stored, so every delivery and every retry sends the same text.
 * {@code id} is the idempotency key (see {@link NoticeIds}); {@code submissionId} is null for deadline reminders.
 */
public record Notice(
        String id,
        NoticeKind kind,
        String submissionId,
        String agencyId,
        Integer reportYear,
        String subject,
        String text,
        String html,
        String webhookBody,
        Instant createdAt) {
}
