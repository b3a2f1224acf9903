package io.nianbao.rules;

import io.nianbao.model.Report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * DUPLICATE-CONTENT: the narrative sections must not be (nearly) identical to another report's, of the same
 * agency in another year or of another agency. A resubmission (same agency, same year) and the report itself
 * ({@link ValidationContext#reportKey()}) do not count.
 */
final class DuplicateContentCheck implements Check {

    @Override
    public String ruleId() {
        return "DUPLICATE-CONTENT";
    }

    @Override
    public void run(Report report, ValidationContext context, RuleRun run) {
        NarrativeIndex index = context.narrativeIndex();
        if (index == null) {
            run.notAssessable("no narrative index in context");
            return;
        }
        Optional<NarrativeFingerprint> fingerprint = NarrativeFingerprint.of(report);
        if (fingerprint.isEmpty()) {
            run.notAssessable("narrative too short to compare");
            return;
        }
        Optional<NarrativeIndex.Match> best = index
                .similar(fingerprint.get(), NarrativeFingerprint.NEAR_DUPLICATE_DISTANCE).stream()
                .filter(m -> context.reportKey() == null || !context.reportKey().equals(m.reportKey()))
                .filter(m -> !isResubmission(report, m))
                .min(Comparator.comparingInt(NarrativeIndex.Match::distance)
                        .thenComparing(NarrativeIndex.Match::reportKey, Comparator.nullsLast(Comparator.naturalOrder())));
        if (run.check(best.isEmpty())) {
            return;
        }
        NarrativeIndex.Match match = best.get();
        long similarity = Math.round((1.0 - match.distance() / 64.0) * 100);
        run.fail(Map.of("other", describe(report, match), "similarity", similarity),
                List.of("sections.1.text", "sections.5.text", "sections.6.text"), null, match.reportKey());
    }

    private static boolean isResubmission(Report report, NarrativeIndex.Match m) {
        return Objects.equals(report.year(), m.year()) && report.agency() != null && m.agency() != null
                && AgencyNames.sameAgency(report.agency(), m.agency());
    }

    private static String describe(Report report, NarrativeIndex.Match m) {
        String year = m.year() == null ? "" : m.year() + " 年度";
        if (report.agency() != null && m.agency() != null && AgencyNames.sameAgency(report.agency(), m.agency())) {
            return "本机关 " + year + "报告";
        }
        String agency = m.agency() == null ? "另一机关" : "「" + m.agency() + "」";
        return agency + (year.isEmpty() ? "" : " " + year) + "报告";
    }
}
