package io.nianbao.cli.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A stand-in for the batch part of the ingestion API (JDK HttpServer). {@code POST /api/batches} lists the zip's
 * entries: {@code .xlsx} ones are REJECTED, the others RECEIVED; after a number of polls of
 * {@code GET /api/batches/{id}} every accepted one is PASSED, or FAILED (T3-ROW-TOTAL) when its name contains
 * "fail". Agencies can be read and registered. Records what it received.
 */
public final class FakeBatchApi implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final int pollsUntilDone;
    private final Map<String, String> agencies = new LinkedHashMap<>();
    private final List<String> agencyPuts = new ArrayList<>();
    private final List<String> uploadedEntries = new ArrayList<>();
    private String uploadedAgencyId;
    private String uploadedFileName;
    private ObjectNode batch;
    private int polls;

    public FakeBatchApi(int pollsUntilDone) throws IOException {
        this.pollsUntilDone = pollsUntilDone;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public synchronized void registered(String id, String name) {
        agencies.put(id, name);
    }

    public synchronized Map<String, String> agencies() {
        return Map.copyOf(agencies);
    }

    /** Ids of the PUT /api/agencies requests, in order. */
    public synchronized List<String> agencyPuts() {
        return List.copyOf(agencyPuts);
    }

    public synchronized List<String> uploadedEntries() {
        return List.copyOf(uploadedEntries);
    }

    public synchronized String uploadedAgencyId() {
        return uploadedAgencyId;
    }

    public synchronized String uploadedFileName() {
        return uploadedFileName;
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        if (path.startsWith("/api/agencies/")) {
            String id = path.substring("/api/agencies/".length());
            if (method.equals("PUT")) {
                agencyPuts.add(id);
                agencies.put(id, JSON.readTree(body).path("name").asText());
            }
            if (!agencies.containsKey(id)) {
                respond(exchange, 404, "{\"error\":\"unknown-agency\",\"message\":\"no agency " + id + "\"}");
            } else {
                respond(exchange, 200, JSON.createObjectNode().put("id", id).put("name", agencies.get(id)).toString());
            }
        } else if (method.equals("POST") && path.equals("/api/batches")) {
            Map<String, String> fields = Multipart.fields(exchange.getRequestHeaders().getFirst("Content-Type"), body);
            uploadedAgencyId = fields.get("agencyId");
            uploadedFileName = fields.get("file.filename");
            batch = batchOf(fields.get("file").getBytes(StandardCharsets.ISO_8859_1));
            respond(exchange, 202, batch.toString());
        } else if (method.equals("GET") && batch != null && path.equals("/api/batches/" + batch.path("id").asText())) {
            if (++polls >= pollsUntilDone) {
                decide();
            }
            respond(exchange, 200, batch.toString());
        } else {
            respond(exchange, 404, "{\"error\":\"not-found\",\"message\":\"" + path + "\"}");
        }
    }

    private ObjectNode batchOf(byte[] zip) throws IOException {
        ObjectNode node = JSON.createObjectNode().put("id", "b-1").put("fileName", uploadedFileName)
                .put("receivedAt", "2026-01-20T02:00:00Z").put("status", "RUNNING");
        ArrayNode files = node.putArray("files");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            int n = 0;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                uploadedEntries.add(entry.getName());
                ObjectNode file = files.addObject().put("name", entry.getName());
                if (entry.getName().endsWith(".xlsx")) {
                    file.putNull("agencyId").putNull("submissionId").put("status", "REJECTED")
                            .put("reason", "不是年度报告文件 / not a report file (unsupported type .xlsx)");
                } else {
                    file.put("agencyId", uploadedAgencyId == null ? "from-title" : uploadedAgencyId)
                            .put("submissionId", "s-" + (++n)).put("status", "RECEIVED").putNull("reason");
                }
                file.putArray("errorRules");
            }
        }
        count(node);
        return node;
    }

    private void decide() {
        for (var it = batch.path("files").elements(); it.hasNext(); ) {
            ObjectNode file = (ObjectNode) it.next();
            if (!file.path("status").asText().equals("REJECTED")) {
                boolean fail = file.path("name").asText().contains("fail");
                file.put("status", fail ? "FAILED" : "PASSED");
                if (fail) {
                    file.putArray("errorRules").add("T3-ROW-TOTAL");
                }
            }
        }
        count(batch);
    }

    private static void count(ObjectNode batch) {
        int entries = 0;
        int rejected = 0;
        int received = 0;
        int passed = 0;
        int failed = 0;
        for (var it = batch.path("files").elements(); it.hasNext(); ) {
            entries++;
            switch (it.next().path("status").asText()) {
                case "REJECTED" -> rejected++;
                case "PASSED" -> passed++;
                case "FAILED" -> failed++;
                default -> received++;
            }
        }
        batch.putObject("counts").put("entries", entries).put("accepted", entries - rejected).put("rejected", rejected)
                .put("received", received).put("parsed", 0).put("passed", passed).put("failed", failed)
                .put("unreadable", 0);
        batch.put("status", received == 0 ? "DONE" : "RUNNING");
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
