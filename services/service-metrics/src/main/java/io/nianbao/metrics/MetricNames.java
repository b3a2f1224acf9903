package io.nianbao.metrics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every metric Nianbao's services record themselves, by its Micrometer name (dots) — the single list the code,
 * {@code docs/metrics.md} and the Grafana dashboard's check ({@code DashboardMetricsTest}) share. The Prometheus
 * name follows from Micrometer's naming: dots become underscores, counters end in {@code _total}, timers are in
 * seconds ({@code _seconds_count}, {@code _seconds_sum}, {@code _seconds_max}, and {@code _seconds_bucket} when
 * they publish a histogram).
 */
public final class MetricNames {

    /** How a metric is recorded; decides the Prometheus series it produces. */
    public enum Type {
        COUNTER, GAUGE, TIMER, HISTOGRAM
    }

    /** One metric: Micrometer name, type, label names and the services that record it. */
    public record Metric(String name, Type type, List<String> labels, List<String> services) {

        /** The Prometheus base name, e.g. {@code nianbao_reports_total}, {@code nianbao_stage_duration_seconds}. */
        public String prometheusName() {
            String base = name.replace('.', '_');
            return switch (type) {
                case COUNTER -> base + "_total";
                case GAUGE -> base;
                case TIMER, HISTOGRAM -> base + "_seconds";
            };
        }

        /** Every series name it is exported as. */
        public List<String> series() {
            String base = prometheusName();
            return switch (type) {
                case COUNTER, GAUGE -> List.of(base);
                case TIMER -> List.of(base + "_count", base + "_sum", base + "_max");
                case HISTOGRAM -> List.of(base + "_bucket", base + "_count", base + "_sum", base + "_max");
            };
        }
    }

    public static final String INGESTION = "ingestion-service";
    public static final String PARSING = "parsing-service";
    public static final String VALIDATION = "validation-service";
    public static final String NOTIFICATION = "notification-service";
    private static final List<String> EVERY_SERVICE = List.of(INGESTION, PARSING, VALIDATION, NOTIFICATION);

    // Label names
    public static final String STAGE = "stage";
    public static final String OUTCOME = "outcome";
    public static final String FORMAT = "format";
    public static final String TOPIC = "topic";
    public static final String GROUP = "group";
    public static final String SERVICE = "service";
    public static final String CHANNEL = "channel";
    public static final String STATUS = "status";
    public static final String KIND = "kind";

    // Every service
    /** Counter: reports that finished a stage for the first time, by stage, outcome and file format. */
    public static final String REPORTS = "nianbao.reports";
    /** Histogram: time a stage spent processing one report. */
    public static final String STAGE_DURATION = "nianbao.stage.duration";
    /** Histogram: time from the submission's receipt to the end of a stage. */
    public static final String END_TO_END = "nianbao.end.to.end";
    /** Gauge: records of a topic the consumer group has not committed yet, summed over partitions. */
    public static final String CONSUMER_LAG = "nianbao.consumer.lag";
    /** Counter: records a consumer sent to its dead-letter topic. */
    public static final String DEAD_LETTERS = "nianbao.dead.letters";
    /** Gauge: records held in a consumer's dead-letter topic. */
    public static final String DEAD_LETTER_TOPIC_RECORDS = "nianbao.dead.letter.topic.records";

    // parsing-service
    /** Histogram: time the parser library took for one file, by format. */
    public static final String PARSE_DURATION = "nianbao.parse.duration";
    /** Counter: files parsed, by format and status (PARSED, UNREADABLE). */
    public static final String PARSE_RESULTS = "nianbao.parse.results";

    // validation-service
    public static final String VALIDATION_VERDICTS = "nianbao.validation.verdicts";
    public static final String VALIDATION_FINDINGS = "nianbao.validation.findings";
    public static final String VALIDATION_RULE_OUTCOMES = "nianbao.validation.rule.outcomes";
    public static final String VALIDATION_REPLAYED = "nianbao.validation.replayed";

    // notification-service
    /** Counter: delivery states reached, by notice kind, channel and status (PENDING, DELIVERED, FAILED). */
    public static final String NOTICES = "nianbao.notices";
    /** Counter: delivery attempts by channel and result (delivered, retrying, failed, postponed). */
    public static final String NOTICE_DELIVERIES = "nianbao.notice.deliveries";

    public static final List<Metric> ALL = List.of(
            new Metric(REPORTS, Type.COUNTER, List.of(STAGE, OUTCOME, FORMAT), EVERY_SERVICE),
            new Metric(STAGE_DURATION, Type.HISTOGRAM, List.of(STAGE), EVERY_SERVICE),
            new Metric(END_TO_END, Type.HISTOGRAM, List.of(STAGE), List.of(PARSING, VALIDATION, NOTIFICATION)),
            new Metric(CONSUMER_LAG, Type.GAUGE, List.of(TOPIC, GROUP), EVERY_SERVICE),
            new Metric(DEAD_LETTERS, Type.COUNTER, List.of(TOPIC, SERVICE), EVERY_SERVICE),
            new Metric(DEAD_LETTER_TOPIC_RECORDS, Type.GAUGE, List.of(TOPIC, SERVICE), EVERY_SERVICE),
            new Metric(PARSE_DURATION, Type.HISTOGRAM, List.of(FORMAT), List.of(PARSING)),
            new Metric(PARSE_RESULTS, Type.COUNTER, List.of(FORMAT, STATUS), List.of(PARSING)),
            new Metric(VALIDATION_VERDICTS, Type.COUNTER, List.of("verdict"), List.of(VALIDATION)),
            new Metric(VALIDATION_FINDINGS, Type.COUNTER, List.of("rule", "severity"), List.of(VALIDATION)),
            new Metric(VALIDATION_RULE_OUTCOMES, Type.COUNTER, List.of("rule", STATUS), List.of(VALIDATION)),
            new Metric(VALIDATION_REPLAYED, Type.COUNTER, List.of(OUTCOME), List.of(VALIDATION)),
            new Metric(NOTICES, Type.COUNTER, List.of(KIND, CHANNEL, STATUS), List.of(NOTIFICATION)),
            new Metric(NOTICE_DELIVERIES, Type.COUNTER, List.of(CHANNEL, STATUS), List.of(NOTIFICATION)));

    private MetricNames() {
    }

    /** Every Prometheus series name the services' own metrics are exported as. */
    public static Set<String> prometheusSeries() {
        Set<String> names = new LinkedHashSet<>();
        ALL.forEach(m -> names.addAll(m.series()));
        return names;
    }

    /** The metric with this Micrometer name. */
    public static Metric metric(String name) {
        return ALL.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a Nianbao metric: " + name));
    }
}
