package io.nianbao.ingestion.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.nianbao.ingestion.domain.Batch;
import io.nianbao.ingestion.domain.BatchCounts;
import io.nianbao.ingestion.domain.BatchFile;
import io.nianbao.ingestion.domain.BatchHeader;
import io.nianbao.ingestion.domain.SubmissionState;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A batch as the API shows it: {@code status} is RUNNING until every accepted entry has a verdict, then DONE.
 * The list shows the same object without {@code files}.
 */
public record BatchView(
        String id,
        String fileName,
        Instant receivedAt,
        String status,
        BatchCounts counts,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<FileView> files) {

    /**
     * One entry: REJECTED (with the reason), or the live status of its submission (RECEIVED, PARSED, PASSED,
     * FAILED) with the rule ids of its error findings.
     */
    public record FileView(String name, String agencyId, String submissionId, String status, String reason,
                           List<String> errorRules) {
    }

    static BatchView of(Batch batch, BatchCounts counts, Map<String, SubmissionState> states) {
        List<FileView> files = batch.files().stream().map(f -> file(f, states)).toList();
        return new BatchView(batch.id(), batch.fileName(), batch.receivedAt(), status(counts), counts, files);
    }

    static BatchView summary(BatchHeader header, BatchCounts counts) {
        return new BatchView(header.id(), header.fileName(), header.receivedAt(), status(counts), counts, null);
    }

    private static FileView file(BatchFile file, Map<String, SubmissionState> states) {
        if (!file.accepted()) {
            return new FileView(file.name(), file.agencyId(), null, "REJECTED", file.reason(), List.of());
        }
        SubmissionState state = states.getOrDefault(file.submissionId(), SubmissionState.RECEIVED);
        return new FileView(file.name(), file.agencyId(), file.submissionId(), state.status().name(), null,
                state.errorRules());
    }

    private static String status(BatchCounts counts) {
        return counts.done() ? "DONE" : "RUNNING";
    }
}
