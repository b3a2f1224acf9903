package io.nianbao.notification.domain;

import io.nianbao.model.Finding;

import java.util.List;

/**
 * The JSON body POSTed to an agency's webhook. {@code text} is the notice's plain text as mailed;
 * {@code submissionId} and {@code verdict} are null for deadline reminders.
 */
public record WebhookPayload(String noticeId, String kind, String submissionId, String agencyId, String verdict,
                             Integer reportYear, List<Finding> findings, String text) {
}
