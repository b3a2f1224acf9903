package io.nianbao.validation.rest;

import io.nianbao.events.ReportValidated;
import io.nianbao.model.Finding;
import io.nianbao.validation.repository.StoredResult;

import java.time.Instant;
import java.util.List;

/** One stored validation result of a submission, as {@code GET /api/validation/results/{id}} lists it. */
public record ResultView(String submissionId, String runId, String catalogueVersion, String verdict,
                         Instant validatedAt, String agencyId, String reportAgency, Integer reportYear,
                         List<Finding> findings) {

    static ResultView of(StoredResult stored) {
        ReportValidated e = stored.event();
        return new ResultView(e.submissionId(), stored.runId(), e.catalogueVersion(), e.verdict().name(),
                e.validatedAt(), e.agencyId(), e.reportAgency(), e.reportYear(), e.findings());
    }
}
