package io.nianbao.rules;

import io.nianbao.model.Report;

import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;

/**
 * What the context rules need beyond the report itself. Every part is optional: a rule whose context is absent
 * is recorded as not assessable instead of guessing.
 *
 * @param submittedAt        when the report reached the platform (PUBLISHED-LATE when the report states no date)
 * @param registeredAgency   the registered name of the submitting agency (AGENCY-MISMATCH)
 * @param expectedYear       the reporting year the submission is for (YEAR-MISMATCH)
 * @param deadline           the province's deadline in the year after the reporting year; default 31 January
 * @param previousYearReport the same agency's report for the previous year (CARRY-MISMATCH)
 * @param narrativeIndex     fingerprints of other reports (DUPLICATE-CONTENT)
 * @param reportKey          this report's key in the narrative index, so it does not match itself
 */
public record ValidationContext(Instant submittedAt, String registeredAgency, Integer expectedYear,
                                MonthDay deadline, Report previousYearReport, NarrativeIndex narrativeIndex,
                                String reportKey) {

    /** The national deadline: 31 January (条例第四十九条). */
    public static final MonthDay NATIONAL_DEADLINE = MonthDay.of(1, 31);

    /** Dates and submission times are judged in China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public ValidationContext {
        deadline = deadline == null ? NATIONAL_DEADLINE : deadline;
    }

    /** No context: offline checks of a single file. */
    public static ValidationContext none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder with every part optional. */
    public static final class Builder {
        private Instant submittedAt;
        private String registeredAgency;
        private Integer expectedYear;
        private MonthDay deadline;
        private Report previousYearReport;
        private NarrativeIndex narrativeIndex;
        private String reportKey;

        private Builder() {
        }

        public Builder submittedAt(Instant value) {
            this.submittedAt = value;
            return this;
        }

        public Builder registeredAgency(String value) {
            this.registeredAgency = value;
            return this;
        }

        public Builder expectedYear(Integer value) {
            this.expectedYear = value;
            return this;
        }

        public Builder deadline(MonthDay value) {
            this.deadline = value;
            return this;
        }

        public Builder previousYearReport(Report value) {
            this.previousYearReport = value;
            return this;
        }

        public Builder narrativeIndex(NarrativeIndex value) {
            this.narrativeIndex = value;
            return this;
        }

        public Builder reportKey(String value) {
            this.reportKey = value;
            return this;
        }

        public ValidationContext build() {
            return new ValidationContext(submittedAt, registeredAgency, expectedYear, deadline,
                    previousYearReport, narrativeIndex, reportKey);
        }
    }
}
