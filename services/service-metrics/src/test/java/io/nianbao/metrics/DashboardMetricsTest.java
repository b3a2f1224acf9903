package io.nianbao.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The provisioned Grafana dashboard ({@code deploy/grafana/dashboards/nianbao-pipeline.json}) queries only
 * series the services export ({@link MetricNames}) or Prometheus makes itself, through the provisioned data
 * source; and Prometheus scrapes every service. A renamed metric fails here instead of leaving an empty panel.
 */
class DashboardMetricsTest {

    /** Series Prometheus adds to every scrape target. */
    private static final Set<String> PROMETHEUS_SERIES = Set.of("up");
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "and", "or", "unless", "offset", "inf", "nan");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_:][A-Za-z0-9_:]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path deploy = repositoryRoot().resolve("deploy");

    @Test
    void everySeriesTheDashboardQueriesIsExported() throws IOException {
        JsonNode dashboard = JSON.readTree(deploy.resolve("grafana/dashboards/nianbao-pipeline.json").toFile());
        Set<String> known = new LinkedHashSet<>(MetricNames.prometheusSeries());
        known.addAll(PROMETHEUS_SERIES);

        assertEquals("Nianbao pipeline", dashboard.path("title").asText());
        int queries = 0;
        for (JsonNode panel : dashboard.path("panels")) {
            String title = panel.path("title").asText();
            assertFalse(panel.path("targets").isEmpty(), title + " has no query");
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText();
                Set<String> used = seriesIn(expr);
                assertFalse(used.isEmpty(), title + ": no series in " + expr);
                for (String series : used) {
                    assertTrue(known.contains(series), title + ": " + series + " is not exported by any service ("
                            + expr + ")");
                }
                assertEquals("nianbao-prometheus", target.path("datasource").path("uid").asText(), title);
                queries++;
            }
        }
        assertTrue(queries >= 8, "queries: " + queries);
    }

    @Test
    void theDashboardHasThePanelsTheOperatorsAskedFor() throws IOException {
        JsonNode dashboard = JSON.readTree(deploy.resolve("grafana/dashboards/nianbao-pipeline.json").toFile());
        List<String> titles = new ArrayList<>();
        dashboard.path("panels").forEach(p -> titles.add(p.path("title").asText()));
        Set<String> series = new LinkedHashSet<>();
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> series.addAll(seriesIn(t.path("expr").asText()))));

        assertTrue(titles.containsAll(List.of("Reports per stage", "Backlog: consumer lag per topic",
                "Stage latency p50 / p95", "Dead letters", "Notice deliveries by status", "Service up")), titles.toString());
        assertTrue(series.containsAll(List.of("nianbao_reports_total", "nianbao_consumer_lag",
                "nianbao_stage_duration_seconds_bucket", "nianbao_end_to_end_seconds_bucket",
                "nianbao_dead_letters_total", "nianbao_notice_deliveries_total", "up")), series.toString());
    }

    @Test
    void theProvisionedDataSourceAndPrometheusScrapeConfigurationFitTheDashboard() throws IOException {
        String datasource = Files.readString(deploy.resolve("grafana/provisioning/datasources/prometheus.yml"));
        String provider = Files.readString(deploy.resolve("grafana/provisioning/dashboards/nianbao.yml"));
        String prometheus = Files.readString(deploy.resolve("prometheus/prometheus.yml"));

        assertTrue(datasource.contains("uid: nianbao-prometheus"), datasource);
        assertTrue(datasource.contains("url: http://prometheus:9090"), datasource);
        assertTrue(provider.contains("path: /etc/grafana/dashboards"), provider);
        for (String job : List.of("ingestion-service:8080", "parsing-service:8081", "validation-service:8082",
                "notification-service:8083")) {
            assertTrue(prometheus.contains("\"" + job + "\""), "Prometheus scrapes " + job);
        }
        assertEquals(4, prometheus.split("metrics_path: /q/metrics", -1).length - 1, prometheus);
    }

    @Test
    void theQueryReaderFindsSeriesButNotFunctionsLabelsOrRanges() {
        assertEquals(Set.of("nianbao_stage_duration_seconds_bucket"), seriesIn(
                "histogram_quantile(0.95, sum by (le, stage) (rate(nianbao_stage_duration_seconds_bucket"
                        + "{stage=~\"parsed|validated\"}[$__rate_interval])))"));
        assertEquals(Set.of("up", "nianbao_consumer_lag"), seriesIn("up{job=\"x\"} and on (job) nianbao_consumer_lag > 0"));
    }

    /** The series names in a PromQL expression. */
    static Set<String> seriesIn(String expr) {
        String s = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")     // string literals
                .replaceAll("\\{[^}]*}", "")                             // label matchers
                .replaceAll("\\[[^]]*]", "")                             // range selectors
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(s);
        while (m.find()) {
            String word = m.group();
            boolean function = s.substring(m.end()).stripLeading().startsWith("(");
            boolean number = m.start() > 0 && Character.isDigit(s.charAt(m.start() - 1));
            if (!function && !number && !PROMQL_WORDS.contains(word.toLowerCase())) {
                names.add(word);
            }
        }
        return names;
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no docker-compose.yml above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
