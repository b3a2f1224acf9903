package io.nianbao.ingestion.domain;

import java.util.List;

/**
 * Where one submission is now, as far as a batch needs to know.
 *
 * @param status     RECEIVED, PARSED, PASSED or FAILED
 * @param errorRules the rule ids of its error findings, in order, without repeats
 * @param unreadable failed because the file could not be read (an UNREADABLE finding)
 */
public record SubmissionState(SubmissionStatus status, List<String> errorRules, boolean unreadable) {

    public static final SubmissionState RECEIVED = new SubmissionState(SubmissionStatus.RECEIVED, List.of(), false);

    public SubmissionState {
        errorRules = List.copyOf(errorRules);
    }

    public boolean hasVerdict() {
        return status == SubmissionStatus.PASSED || status == SubmissionStatus.FAILED;
    }
}
