package io.nianbao.ingestion.operator.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nianbao.ingestion.config.ConsoleConfig;
import io.nianbao.ingestion.operator.domain.PipelineTopology.Service;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Asks every service for {@code /q/health/ready} (in parallel, each bounded by the call timeout); this
 * service answers for itself through its own health reporter.
 */
@ApplicationScoped
public class HealthChecker {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConsoleConfig config;
    private final SmallRyeHealthReporter reporter;
    private final HttpClient http;

    public HealthChecker(ConsoleConfig config, SmallRyeHealthReporter reporter) {
        this.config = config;
        this.reporter = reporter;
        this.http = HttpClient.newBuilder().connectTimeout(config.callTimeout()).build();
    }

    /**
     * Starts the checks of the other services (asynchronous HTTP, nothing blocks a pool thread); call
     * {@link Pending#join()} for every answer, this service's own first.
     */
    public Pending start() {
        return new Pending(List.of(remote(Service.PARSING, config.parsingUrl()),
                remote(Service.VALIDATION, config.validationUrl()),
                remote(Service.NOTIFICATION, config.notificationUrl())));
    }

    /** Checks under way. */
    public final class Pending {

        private final List<CompletableFuture<ServiceHealth>> remote;

        private Pending(List<CompletableFuture<ServiceHealth>> remote) {
            this.remote = remote;
        }

        /** This service's readiness, then each other service's answer (each bounded by the call timeout). */
        public List<ServiceHealth> join() {
            List<ServiceHealth> all = new ArrayList<>();
            all.add(self());
            remote.forEach(check -> all.add(check.join()));
            return all;
        }
    }

    private ServiceHealth self() {
        long start = System.nanoTime();
        SmallRyeHealth health = reporter.getReadiness();
        return new ServiceHealth(Service.INGESTION.id(), Service.INGESTION.label(), "", health.isDown() ? "DOWN" : "UP",
                health.isDown() ? downChecks(health.getPayload().toString()) : null, millis(start));
    }

    private CompletableFuture<ServiceHealth> remote(Service service, String baseUrl) {
        long start = System.nanoTime();
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).timeout(config.callTimeout())
                    .GET().build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new ServiceHealth(service.id(), service.label(), base,
                    "UNREACHABLE", "bad URL: " + e.getMessage(), 0));
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new ServiceHealth(service.id(), service.label(), base,
                        r.statusCode() == 200 ? "UP" : "DOWN",
                        r.statusCode() == 200 ? null : "HTTP " + r.statusCode() + " " + downChecks(r.body()),
                        millis(start)))
                .exceptionally(e -> new ServiceHealth(service.id(), service.label(), base, "UNREACHABLE",
                        reason(e), millis(start)));
    }

    /** The names of the checks that are DOWN in a MicroProfile Health JSON answer. */
    static String downChecks(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            List<String> names = new ArrayList<>();
            root.path("checks").forEach(c -> {
                if (!"UP".equals(c.path("status").asText())) {
                    names.add(c.path("name").asText("?"));
                }
            });
            return names.isEmpty() ? "" : String.join(", ", names);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String reason(Throwable e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
