package io.nianbao.validation.repository;

import io.nianbao.events.ReportValidated;

/**
 * One stored validation result: the run that produced it ({@code parsed-…} for the first validation of a
 * {@code reports.parsed} record, {@code replay-…} for an operator's replay) and the published event.
 */
public record StoredResult(String runId, ReportValidated event) {
}
