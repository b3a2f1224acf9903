package io.nianbao.validation.repository;

import java.time.Instant;
import java.util.List;

/**
 * One operator replay: which stored reports it selected, how many it re-validated or could not, and whether it
 * is still running.
 *
 * @param runId          the run id, also stored with each result of the run
 * @param status         {@code RUNNING} or {@code DONE}
 * @param catalogueVersion the catalogue version the run applies
 * @param submissionIds  the requested submissions (null = not restricted)
 * @param agencyId       the requested agency (null = not restricted)
 * @param count          how many stored reports were selected
 * @param validated      how many were re-validated, stored and published so far
 * @param failed         how many could not be (see the service log)
 */
public record ReplayRun(String runId, String status, String catalogueVersion, List<String> submissionIds,
                        String agencyId, int count, int validated, int failed, Instant startedAt,
                        Instant finishedAt) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
}
