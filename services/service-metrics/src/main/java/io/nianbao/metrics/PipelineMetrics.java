package io.nianbao.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Records the pipeline metrics every service shares: reports per stage and outcome, the time a stage spent on
 * a report, the time since the submission was received, and dead letters. Latencies are histograms with fixed
 * buckets ({@link #STAGE_BUCKETS}, {@link #END_TO_END_BUCKETS}), so Prometheus' {@code histogram_quantile} gives
 * percentiles across instances.
 */
@ApplicationScoped
public class PipelineMetrics {

    private static final Logger LOG = Logger.getLogger(PipelineMetrics.class);

    /** Buckets of the per-stage processing time: parsing a large PDF takes seconds, the rest milliseconds. */
    public static final Duration[] STAGE_BUCKETS = durations("PT0.005S", "PT0.01S", "PT0.025S", "PT0.05S",
            "PT0.1S", "PT0.25S", "PT0.5S", "PT1S", "PT2.5S", "PT5S", "PT10S", "PT30S", "PT1M", "PT2M", "PT5M");
    /** Buckets of the end-to-end time: seconds when all is well, hours when a notice waits for SMTP. */
    public static final Duration[] END_TO_END_BUCKETS = durations("PT0.1S", "PT0.25S", "PT0.5S", "PT1S",
            "PT2.5S", "PT5S", "PT10S", "PT30S", "PT1M", "PT2M", "PT5M", "PT10M", "PT30M", "PT1H", "PT3H", "PT6H",
            "PT12H", "PT24H");

    private final MeterRegistry registry;

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Counts a report that finished {@code stage} with {@code outcome}, one of {@link Stage#outcomes()}; another
     * outcome is a programming error, logged and not counted (a metric must never fail the work it measures).
     */
    public void report(Stage stage, String outcome, String fileName) {
        if (!stage.outcomes().contains(outcome)) {
            LOG.errorf("outcome %s is not one of stage %s's %s; not counted", outcome, stage.label(), stage.outcomes());
            return;
        }
        Counter.builder(MetricNames.REPORTS)
                .description("Reports that finished a pipeline stage, by outcome and file format")
                .tag(MetricNames.STAGE, stage.label())
                .tag(MetricNames.OUTCOME, outcome)
                .tag(MetricNames.FORMAT, ReportFormat.of(fileName))
                .register(registry).increment();
    }

    /** Starts timing a stage's work on one report; finish with {@link #stageDone}. */
    public Timer.Sample startStage() {
        return Timer.start(registry);
    }

    public void stageDone(Stage stage, Timer.Sample sample) {
        sample.stop(histogram(MetricNames.STAGE_DURATION, STAGE_BUCKETS)
                .description("Time a stage spent processing one report")
                .tag(MetricNames.STAGE, stage.label())
                .register(registry));
    }

    /** Records the time from the submission's receipt to the end of {@code stage}; ignored without a receipt time. */
    public void endToEnd(Stage stage, Instant receivedAt, Instant doneAt) {
        if (receivedAt == null || doneAt == null) {
            return;
        }
        Duration elapsed = Duration.between(receivedAt, doneAt);
        histogram(MetricNames.END_TO_END, END_TO_END_BUCKETS)
                .description("Time from the submission's receipt to the end of a stage")
                .tag(MetricNames.STAGE, stage.label())
                .register(registry)
                .record(elapsed.isNegative() ? Duration.ZERO : elapsed);
    }

    /** Counts a record of {@code topic} that {@code service} sent to its dead-letter topic. */
    public void deadLetter(String topic, String service) {
        Counter.builder(MetricNames.DEAD_LETTERS)
                .description("Records a consumer sent to its dead-letter topic")
                .tag(MetricNames.TOPIC, topic)
                .tag(MetricNames.SERVICE, service)
                .register(registry).increment();
    }

    /** A timer builder that publishes the given buckets (and no client-side percentiles). */
    public static Timer.Builder histogram(String name, Duration... buckets) {
        return Timer.builder(name).serviceLevelObjectives(buckets);
    }

    private static Duration[] durations(String... iso) {
        return Arrays.stream(iso).map(Duration::parse).toArray(Duration[]::new);
    }
}
