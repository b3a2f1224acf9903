package io.nianbao.ingestion.operator.client;

import io.nianbao.auth.AuthConfig;
import io.nianbao.auth.Roles;
import io.nianbao.ingestion.config.ConsoleConfig;
import io.nianbao.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Calls validation-service's operator API (re-validation runs) and hands its JSON answer back unchanged: the
 * console shows exactly what that service says, including its error codes.
 */
@ApplicationScoped
public class ValidationClient {

    private final ConsoleConfig config;
    private final HttpClient http;
    private final String authorization;

    /** Calls validation-service as the operator, with the operator password this service is configured with. */
    public ValidationClient(ConsoleConfig config, AuthConfig auth) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.callTimeout()).build();
        this.authorization = auth.operatorPassword().map(password -> "Basic " + Base64.getEncoder()
                .encodeToString((Roles.OPERATOR + ":" + password).getBytes(StandardCharsets.UTF_8))).orElse(null);
    }

    /** An answer of validation-service: status and JSON body. */
    public record Answer(int status, String body) {
    }

    /** {@code POST /api/validation/replay} with the body as given (empty = every stored report). */
    public Answer startReplay(String jsonBody) {
        return send(HttpRequest.newBuilder(uri("/api/validation/replay"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody == null ? "" : jsonBody, StandardCharsets.UTF_8)));
    }

    /** {@code GET /api/validation/replays/{runId}}. */
    public Answer replay(String runId) {
        return send(HttpRequest.newBuilder(uri("/api/validation/replays/" + encode(runId))).GET());
    }

    /** {@code GET /api/validation/catalogue}. */
    public Answer catalogue() {
        return send(HttpRequest.newBuilder(uri("/api/validation/catalogue")).GET());
    }

    /** {@code GET /api/validation/results/{submissionId}}. */
    public Answer results(String submissionId) {
        return send(HttpRequest.newBuilder(uri("/api/validation/results/" + encode(submissionId))).GET());
    }

    private Answer send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(config.callTimeout().multipliedBy(3))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw unavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        }
    }

    private URI uri(String path) {
        String base = config.validationUrl();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private ApiException unavailable(Exception e) {
        return new ApiException(502, "validation-unavailable", "审查服务不可达 / validation-service at "
                + config.validationUrl() + " did not answer: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " " + e.getMessage()));
    }
}
