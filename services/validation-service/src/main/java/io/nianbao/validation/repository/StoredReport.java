package io.nianbao.validation.repository;

import io.nianbao.events.ParseStatus;
import io.nianbao.events.ReportParsed;
import io.nianbao.model.Report;

import java.time.Instant;

/**
 * A parsed report as {@code validation_reports} keeps it, with the context it was first validated in, so that a
 * replay judges it by the same facts (registered name, submission time, expected year) under the current
 * catalogue. Parts missing from older documents are null.
 */
public record StoredReport(String submissionId, String agencyId, String agencyName, String fileName,
                           Instant receivedAt, Instant parsedAt, Integer expectedYear, Report report) {

    /** The report as the {@code reports.parsed} record it came from. */
    public ReportParsed asParsed() {
        return new ReportParsed(submissionId, agencyId, agencyName, fileName, receivedAt, ParseStatus.PARSED, report,
                null, parsedAt);
    }
}
