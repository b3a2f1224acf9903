package io.nianbao.ingestion.operator.domain;

import io.nianbao.ingestion.config.ConsoleConfig;
import io.nianbao.ingestion.operator.client.HealthChecker;
import io.nianbao.ingestion.operator.kafka.KafkaInspector;
import io.nianbao.ingestion.operator.kafka.KafkaSnapshot;
import io.nianbao.ingestion.operator.kafka.KafkaUnavailableException;
import io.nianbao.ingestion.operator.repository.AgencyQueries;
import io.nianbao.ingestion.operator.repository.SubmissionQueries;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the overview: counts from MongoDB (this service's submissions), offsets and consumer lag from Kafka,
 * rates from the submissions' history timestamps, readiness from every service.
 */
@ApplicationScoped
public class OverviewService {

    private static final Map<String, Set<String>> RATE_STATUSES = Map.of(
            "intake", Set.of("RECEIVED"),
            "parsing", Set.of("PARSED", "UNREADABLE"),
            "validation", Set.of("PASSED", "FAILED"));

    private final SubmissionQueries submissions;
    private final AgencyQueries agencies;
    private final KafkaInspector kafka;
    private final HealthChecker health;
    private final ConsoleConfig config;

    public OverviewService(SubmissionQueries submissions, AgencyQueries agencies, KafkaInspector kafka,
                           HealthChecker health, ConsoleConfig config) {
        this.submissions = submissions;
        this.agencies = agencies;
        this.kafka = kafka;
        this.health = health;
        this.config = config;
    }

    public Overview overview() {
        HealthChecker.Pending services = health.start();
        Instant now = Instant.now();
        Map<String, Long> totals = totals();
        KafkaSnapshot snapshot = null;
        String kafkaError = null;
        try {
            snapshot = kafka.snapshot(PipelineTopology.topics(), PipelineTopology::isDeadLetterTopic,
                    PipelineTopology.groups());
        } catch (KafkaUnavailableException e) {
            kafkaError = e.getMessage();
        }
        int window = Math.max(1, config.rateWindowMinutes());
        Map<String, int[]> series = series(now, window);
        List<Overview.Stage> stages = new ArrayList<>();
        for (PipelineTopology.Stage stage : PipelineTopology.STAGES) {
            stages.add(stage(stage, snapshot, totals, series.get(stage.id()), window));
        }
        return new Overview(now, new Overview.Kafka(snapshot != null, kafkaError), totals, window, stages,
                services.join());
    }

    private Map<String, Long> totals() {
        Map<String, Long> totals = new LinkedHashMap<>();
        Map<String, Long> byStatus = submissions.countByStatus();
        totals.put("submissions", byStatus.values().stream().mapToLong(Long::longValue).sum());
        for (String status : List.of("RECEIVED", "PARSED", "PASSED", "FAILED")) {
            totals.put(status, byStatus.getOrDefault(status, 0L));
        }
        totals.put("unreadable", submissions.unreadable());
        totals.put("agencies", agencies.count());
        return totals;
    }

    private static Overview.Stage stage(PipelineTopology.Stage stage, KafkaSnapshot snapshot, Map<String, Long> totals,
                                        int[] perMinute, int window) {
        List<Overview.Input> inputs = new ArrayList<>();
        Long in = null;
        Long out = null;
        Long backlog = null;
        Long errors = null;
        if (snapshot != null) {
            long lag = 0;
            long dead = 0;
            long consumed = 0;
            for (PipelineTopology.Input input : stage.inputs()) {
                Overview.Input view = new Overview.Input(input.topic(), input.group(), snapshot.records(input.topic()),
                        snapshot.consumed(input.group(), input.topic()), snapshot.lag(input.group(), input.topic()),
                        input.deadLetterTopic(), snapshot.records(input.deadLetterTopic()));
                inputs.add(view);
                lag += view.lag();
                dead += view.deadLetters();
                consumed += view.consumed();
            }
            in = stage.inputs().isEmpty() ? totals.get("submissions") : inputs.get(0).records();
            out = stage.output() == null ? consumed : snapshot.records(stage.output());
            backlog = lag;
            errors = dead;
        } else if (stage.inputs().isEmpty()) {
            in = totals.get("submissions");
        }
        Double rate = null;
        List<Integer> minutes = null;
        if (perMinute != null) {
            int sum = 0;
            minutes = new ArrayList<>();
            for (int n : perMinute) {
                minutes.add(n);
                sum += n;
            }
            rate = Math.round(sum * 10.0 / window) / 10.0;
        }
        return new Overview.Stage(stage.id(), stage.label(), stage.service().id(), in, out, backlog, errors, rate,
                minutes, inputs, stage.output());
    }

    /** Per stage with a rate, the count of its outputs in each minute of the window, oldest first. */
    private Map<String, int[]> series(Instant now, int window) {
        Instant end = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        Instant start = end.minus(Duration.ofMinutes(window));
        Map<String, int[]> series = new LinkedHashMap<>();
        RATE_STATUSES.keySet().forEach(id -> series.put(id, new int[window]));
        series.put("notification", new int[window]);
        for (Document doc : submissions.activitySince(start)) {
            for (Document entry : doc.getList("history", Document.class, List.of())) {
                RATE_STATUSES.forEach((stage, statuses) -> {
                    if (statuses.contains(entry.getString("status"))) {
                        count(series.get(stage), entry.getString("at"), start, window);
                    }
                });
            }
            Document notices = doc.get("notices", Document.class);
            if (notices != null) {
                for (Object notice : notices.values()) {
                    if (notice instanceof Document n) {
                        count(series.get("notification"), n.getString("at"), start, window);
                    }
                }
            }
        }
        return series;
    }

    private static void count(int[] buckets, String at, Instant start, int window) {
        if (at == null) {
            return;
        }
        try {
            long minute = Duration.between(start, Instant.parse(at)).toMinutes();
            if (!Instant.parse(at).isBefore(start) && minute < window) {
                buckets[(int) minute]++;
            }
        } catch (RuntimeException e) {
            // a malformed timestamp is not worth failing the overview for
        }
    }
}
