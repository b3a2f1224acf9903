package io.nianbao.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The names and labels in {@link MetricNames} are the ones a Prometheus registry really exports. */
class MetricNamesTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    @Test
    void everyListedMetricIsExportedUnderTheListedSeriesNamesAndLabels() {
        for (MetricNames.Metric m : MetricNames.ALL) {
            String[] tags = m.labels().stream().flatMap(l -> java.util.stream.Stream.of(l, "x")).toArray(String[]::new);
            switch (m.type()) {
                case COUNTER -> Counter.builder(m.name()).tags(tags).register(registry).increment();
                case GAUGE -> Gauge.builder(m.name(), () -> 1).tags(tags).register(registry);
                case TIMER -> Timer.builder(m.name()).tags(tags).register(registry).record(Duration.ofMillis(3));
                case HISTOGRAM -> PipelineMetrics.histogram(m.name(), PipelineMetrics.STAGE_BUCKETS).tags(tags)
                        .register(registry).record(Duration.ofMillis(3));
            }
        }
        PrometheusText text = PrometheusText.parse(registry.scrape());

        Set<String> exported = text.samples().stream().map(PrometheusText.Sample::name)
                .filter(n -> n.startsWith("nianbao_")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(MetricNames.prometheusSeries()), exported);
        for (MetricNames.Metric m : MetricNames.ALL) {
            for (String series : m.series()) {
                Set<String> expected = new HashSet<>(m.labels());
                if (series.endsWith("_bucket")) {
                    expected.add("le");
                }
                for (PrometheusText.Sample s : text.samples(series, Map.of())) {
                    assertEquals(expected, s.labels().keySet(), series);
                }
            }
        }
    }

    @Test
    void pipelineMetricsRecordWhatTheListPromises() {
        PipelineMetrics metrics = new PipelineMetrics(registry);
        metrics.report(Stage.PARSED, "unreadable", "报告.PDF");
        metrics.report(Stage.PARSED, "unreadable", "scan.pdf");
        metrics.stageDone(Stage.PARSED, metrics.startStage());
        Instant received = Instant.parse("2026-01-20T02:00:00Z");
        metrics.endToEnd(Stage.VALIDATED, received, received.plusSeconds(7));
        metrics.endToEnd(Stage.VALIDATED, null, received);
        metrics.deadLetter("reports.parsed", "validation-service");

        PrometheusText text = PrometheusText.parse(registry.scrape());
        assertEquals(2.0, text.sum("nianbao_reports_total",
                Map.of("stage", "parsed", "outcome", "unreadable", "format", "pdf")));
        assertEquals(1.0, text.sum("nianbao_stage_duration_seconds_count", Map.of("stage", "parsed")));
        assertEquals(1.0, text.sum("nianbao_end_to_end_seconds_count", Map.of("stage", "validated")),
                "an event without a receipt time is not recorded");
        assertEquals(7.0, text.sum("nianbao_end_to_end_seconds_sum", Map.of("stage", "validated")), 1e-9);
        assertEquals(0.0, text.sum("nianbao_end_to_end_seconds_bucket", Map.of("stage", "validated", "le", "5.0")));
        assertEquals(1.0, text.sum("nianbao_end_to_end_seconds_bucket", Map.of("stage", "validated", "le", "10.0")),
                "histogram buckets for histogram_quantile");
        assertTrue(text.has("nianbao_end_to_end_seconds_bucket", Map.of("le", "+Inf")));
        assertEquals(1.0, text.sum("nianbao_dead_letters_total",
                Map.of("topic", "reports.parsed", "service", "validation-service")));
    }

    @Test
    void anOutcomeAStageDoesNotHaveIsNotCounted() {
        PipelineMetrics metrics = new PipelineMetrics(registry);
        metrics.report(Stage.VALIDATED, "PASSED", "a.txt");
        assertFalse(PrometheusText.parse(registry.scrape()).has("nianbao_reports_total", Map.of()));
    }

    @Test
    void formatsAreAFixedSet() {
        assertEquals("docx", ReportFormat.of("2024年报告.DOCX"));
        assertEquals("other", ReportFormat.of("evil.x1y2z"));
        assertEquals("none", ReportFormat.of("README"));
        assertEquals("none", ReportFormat.of(null));
    }
}
