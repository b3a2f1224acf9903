package io.nianbao.metrics;

import java.util.List;

/**
 * The pipeline stages as {@code stage} label values, with the outcomes each one counts in
 * {@link MetricNames#REPORTS}.
 */
public enum Stage {
    /** ingestion-service stored a submission ({@code accepted}) or was sent the same bytes again ({@code duplicate}). */
    RECEIVED("received", List.of("accepted", "duplicate")),
    /** parsing-service read the file ({@code parsed}) or could not ({@code unreadable}). */
    PARSED("parsed", List.of("parsed", "unreadable")),
    /** validation-service judged the report. */
    VALIDATED("validated", List.of("passed", "failed")),
    /** notification-service decided on a verdict: the notice kind it issued, or {@code none}. */
    NOTIFIED("notified", List.of("correction", "resolved", "none"));

    private final String label;
    private final List<String> outcomes;

    Stage(String label, List<String> outcomes) {
        this.label = label;
        this.outcomes = outcomes;
    }

    public String label() {
        return label;
    }

    public List<String> outcomes() {
        return outcomes;
    }
}
