package io.nianbao.events;

import java.time.Instant;

/**
 * A submission was received and its bytes stored (GridFS bucket {@code rawfiles}, id {@code rawFileId}).
 * The file itself never travels on a topic.
 */
public record SubmissionReceived(
        String submissionId,
        String agencyId,
        String agencyName,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String rawFileId,
        Instant receivedAt) implements PipelineEvent {
}
