package io.nianbao.ingestion.domain;

/** Where a submission is in the pipeline; a status only ever moves forward (by rank). */
public enum SubmissionStatus {
    RECEIVED(0), PARSED(1), PASSED(2), FAILED(2);

    private final int rank;

    SubmissionStatus(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}
