package io.nianbao.notification.domain;

import io.quarkus.qute.TemplateData;

import java.util.List;

/** The data the notice templates ({@code templates/notices/}) are rendered from. */
public final class NoticeViews {

    private NoticeViews() {
    }

    /** One finding as a numbered item of a notice; {@code values} is e.g. "应为：3；实为：2", or null. */
    @TemplateData
    public record FindingLine(int number, String rule, String title, String message, String values, String fix) {
    }

    /** 整改通知. */
    @TemplateData
    public record Correction(String agencyName, String reportTitle, String fileName, String submissionId,
                             List<FindingLine> errors, List<FindingLine> warnings, String deadline,
                             String statusUrl, String noticeId) {
    }

    /** A resubmission passed after a failed one. */
    @TemplateData
    public record Resolved(String agencyName, String reportTitle, String fileName, String submissionId,
                           String previousSubmissionId, String statusUrl, String noticeId) {
    }

    /** A reminder before, or an overdue notice after, the reporting deadline. */
    @TemplateData
    public record Deadline(String agencyName, int reportYear, String deadline, long days, String noticeId) {
    }
}
