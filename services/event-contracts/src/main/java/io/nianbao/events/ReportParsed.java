package io.nianbao.events;

import io.nianbao.model.Report;

import java.time.Instant;

/** The parsing stage's result: the canonical report, or why the file is unreadable. */
public record ReportParsed(
        String submissionId,
        String agencyId,
        String agencyName,
        String fileName,
        Instant receivedAt,
        ParseStatus status,
        Report report,
        String unreadableReason,
        Instant parsedAt) implements PipelineEvent {
}
