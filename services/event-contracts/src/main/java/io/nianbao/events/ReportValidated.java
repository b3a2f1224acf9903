package io.nianbao.events;

import io.nianbao.model.Finding;
import io.nianbao.model.Verdict;

import java.time.Instant;
import java.util.List;

/** The validation stage's result: verdict, findings, and the rule catalogue version that produced them. */
public record ReportValidated(
        String submissionId,
        String agencyId,
        String fileName,
        String reportAgency,
        Integer reportYear,
        Verdict verdict,
        List<Finding> findings,
        String catalogueVersion,
        Instant validatedAt) implements PipelineEvent {

    public ReportValidated {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
