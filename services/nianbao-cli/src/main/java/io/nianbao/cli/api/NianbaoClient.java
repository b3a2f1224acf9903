package io.nianbao.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A client of the public HTTP API of the ingestion service (agencies, submissions and batches). */
public final class NianbaoClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient http;
    private final ObjectMapper json;
    private final String authorization;

    /**
     * @param base          e.g. {@code http://127.0.0.1:8080} (no trailing {@code /api})
     * @param authorization the {@code Authorization} header to send, or null
     */
    public NianbaoClient(URI base, HttpClient http, ObjectMapper json, String authorization) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.http = http;
        this.json = json;
        this.authorization = authorization;
    }

    /** A client that logs in with HTTP Basic as {@code user}. */
    public static NianbaoClient create(URI base, String user, String password) {
        return new NianbaoClient(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                new ObjectMapper(), basicAuthorization(user, password));
    }

    /** The HTTP Basic {@code Authorization} value for a login (UTF-8, as the services decode it). */
    public static String basicAuthorization(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public URI base() {
        return base;
    }

    /** {@code PUT /api/agencies/{id}}: registers or updates an agency; returns the agency JSON. */
    public JsonNode putAgency(String agencyId, String name, String email) throws ApiException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("name", name);
        if (email != null) {
            body.put("email", email);
        }
        HttpRequest request = HttpRequest.newBuilder(uri("/api/agencies/" + encode(agencyId)))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        return send(request);
    }

    /** {@code POST /api/submissions} (multipart agencyId + file); returns the submission JSON ({@code id}, {@code status}). */
    public JsonNode submit(String agencyId, String fileName, byte[] content) throws ApiException, InterruptedException {
        MultipartBody body = new MultipartBody()
                .text("agencyId", agencyId)
                .file("file", fileName, MediaTypes.forFileName(fileName), content);
        HttpRequest request = HttpRequest.newBuilder(uri("/api/submissions"))
                .timeout(TIMEOUT)
                .header("Content-Type", body.contentType())
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build();
        return send(request);
    }

    /** {@code GET /api/agencies/{id}}: the agency, or empty when none is registered under that id. */
    public Optional<JsonNode> agency(String agencyId) throws ApiException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/agencies/" + encode(agencyId)))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            return Optional.of(send(request));
        } catch (ApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * {@code POST /api/batches} (multipart file, optional agencyId): uploads a zip, streamed from disk, and returns
     * the batch JSON. The server judges and submits every entry before it answers, so the timeout is long.
     */
    public JsonNode submitBatch(Path zip, String fileName, String agencyId, Duration timeout)
            throws ApiException, InterruptedException {
        MultipartBody body = new MultipartBody();
        if (agencyId != null) {
            body.text("agencyId", agencyId);
        }
        body.file("file", fileName, "application/zip", zip);
        HttpRequest request = HttpRequest.newBuilder(uri("/api/batches"))
                .timeout(timeout)
                .header("Content-Type", body.contentType())
                .header("Accept", "application/json")
                .POST(body.publisher())
                .build();
        return send(request);
    }

    /** {@code GET /api/batches/{id}}: the batch with its counts and files. */
    public JsonNode batch(String id) throws ApiException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/batches/" + encode(id)))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build();
        return send(request);
    }

    /** {@code GET /api/submissions/{id}}. */
    public JsonNode submission(String id) throws ApiException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/submissions/" + encode(id)))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build();
        return send(request);
    }

    private JsonNode send(HttpRequest unauthenticated) throws ApiException, InterruptedException {
        HttpRequest request = authorization == null ? unauthenticated
                : HttpRequest.newBuilder(unauthenticated, (name, value) -> true)
                .header("Authorization", authorization).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            if (e instanceof HttpConnectTimeoutException) {
                throw unreachable(request, e);
            }
            throw new ApiException(0, "timeout", base + " did not answer " + request.method() + " "
                    + request.uri().getPath() + " within " + request.timeout().map(Duration::toSeconds).orElse(0L)
                    + " s");
        } catch (IOException e) {
            throw unreachable(request, e);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            String error = body != null && body.hasNonNull("error") ? body.get("error").asText() : "http-" + response.statusCode();
            String message = body != null && body.hasNonNull("message") ? body.get("message").asText()
                    : new String(response.body(), StandardCharsets.UTF_8).strip();
            throw new ApiException(response.statusCode(), error, request.method() + " " + request.uri().getPath()
                    + " answered " + response.statusCode() + ": " + (message.isEmpty() ? error : message));
        }
        if (body == null) {
            throw new ApiException(response.statusCode(), "not-json", request.method() + " " + request.uri().getPath()
                    + " answered " + response.statusCode() + " without a JSON body.");
        }
        return body;
    }

    private ApiException unreachable(HttpRequest request, IOException e) {
        return new ApiException(0, "unreachable", "Cannot reach " + base + " (" + request.method() + " "
                + request.uri().getPath() + "): " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }

    private JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
