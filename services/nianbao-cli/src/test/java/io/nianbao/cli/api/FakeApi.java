package io.nianbao.cli.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A small in-process stand-in for the ingestion API (JDK HttpServer): agencies, multipart submissions, and
 * a status that becomes final after a number of polls. Records every request for assertions.
 */
public final class FakeApi implements AutoCloseable {

    /** One request as the server saw it. */
    public record Seen(String method, String path, String contentType, String authorization, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> agencies = new LinkedHashMap<>();
    private final Map<String, ObjectNode> submissions = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> polls = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final int pollsUntilFinal;
    private final Function<String, ObjectNode> verdict;

    /**
     * @param pollsUntilFinal GETs answered RECEIVED before the verdict; {@code Integer.MAX_VALUE} never decides
     * @param verdict         file name → {@code {"status", "findings", "agency"}} merged into the final answer
     */
    public FakeApi(int pollsUntilFinal, Function<String, ObjectNode> verdict) throws IOException {
        this.pollsUntilFinal = pollsUntilFinal;
        this.verdict = verdict;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Seen> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    public synchronized Map<String, String> agencies() {
        return Map.copyOf(agencies);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        seen.add(new Seen(method, path, contentType, exchange.getRequestHeaders().getFirst("Authorization"), body));
        if (method.equals("PUT") && path.startsWith("/api/agencies/")) {
            String id = path.substring("/api/agencies/".length());
            agencies.put(id, new String(body, StandardCharsets.UTF_8));
            ObjectNode agency = (ObjectNode) JSON.readTree(body);
            agency.put("id", id);
            respond(exchange, 200, agency.toString());
        } else if (method.equals("POST") && path.equals("/api/submissions")) {
            Map<String, String> fields = Multipart.fields(contentType, body);
            String agencyId = fields.get("agencyId");
            if (!agencies.containsKey(agencyId)) {
                respond(exchange, 404, "{\"error\":\"unknown-agency\",\"message\":\"机构未登记: " + agencyId + "\"}");
                return;
            }
            String fileName = fields.get("file.filename");
            String id = "sub-" + ids.incrementAndGet();
            ObjectNode submission = JSON.createObjectNode().put("id", id).put("agencyId", agencyId)
                    .put("fileName", fileName).put("status", "RECEIVED");
            submissions.put(id, submission);
            polls.put(id, new AtomicInteger());
            respond(exchange, 202, submission.toString());
        } else if (method.equals("GET") && path.startsWith("/api/submissions/")) {
            String id = path.substring("/api/submissions/".length());
            ObjectNode submission = submissions.get(id);
            if (submission == null) {
                respond(exchange, 404, "{\"error\":\"not-found\",\"message\":\"no submission " + id + "\"}");
                return;
            }
            if (polls.get(id).incrementAndGet() > pollsUntilFinal) {
                submission.setAll(verdict.apply(submission.get("fileName").asText()));
            }
            respond(exchange, 200, submission.toString());
        } else {
            respond(exchange, 404, "{\"error\":\"not-found\",\"message\":\"" + path + "\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
