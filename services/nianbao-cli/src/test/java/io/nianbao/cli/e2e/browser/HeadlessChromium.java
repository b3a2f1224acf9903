package io.nianbao.cli.e2e.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Debian's headless Chromium driven over the Chrome DevTools Protocol with nothing but java.net.http: the
 * browser is started with {@code --remote-debugging-port=0}, the port is read from {@code DevToolsActivePort}
 * in its fresh profile folder, and one page is controlled through its WebSocket (navigate, evaluate
 * JavaScript, wait for a condition, take full-page screenshots). No driver binary and no downloaded browser.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");

    private final Process process;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Duration commandTimeout = Duration.ofSeconds(30);
    private final List<String> pageErrors = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile java.util.function.Function<String, Stub> stubs;

    /** A canned HTTP answer for {@link #stub}. */
    public record Stub(int status, String json) {
    }

    private HeadlessChromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** The Chromium executable: {@code $NIANBAO_CHROMIUM}, else the Debian package's {@code /usr/bin/chromium}. */
    public static Optional<Path> find() {
        String configured = System.getenv("NIANBAO_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Starts Chromium with a new profile in {@code workDir} (its output goes to {@code workDir/chromium.log}). */
    public static HeadlessChromium start(Path executable, Path workDir, int width, int height)
            throws IOException, InterruptedException {
        Path profile = workDir.resolve("profile");
        Files.createDirectories(profile);
        List<String> command = new ArrayList<>(List.of(executable.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
                "--lang=zh-CN", "--window-size=" + width + "," + height,
                "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
                "--user-data-dir=" + profile, "about:blank"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("chromium.log").toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).isEmpty()) {
                if (!process.isAlive()) {
                    throw new IOException("Chromium exited with code " + process.exitValue() + "; see "
                            + workDir.resolve("chromium.log"));
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("Chromium did not write " + portFile + " within 30 s");
                }
                Thread.sleep(100);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
            HttpClient http = HttpClient.newHttpClient();
            String pageSocket = null;
            while (pageSocket == null) {
                String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
                for (JsonNode target : JSON.readTree(list)) {
                    if ("page".equals(target.path("type").asText())) {
                        pageSocket = target.path("webSocketDebuggerUrl").asText();
                        break;
                    }
                }
                if (pageSocket == null) {
                    if (System.nanoTime() > deadline) {
                        throw new IOException("Chromium has no page target: " + list);
                    }
                    Thread.sleep(100);
                }
            }
            Listener listener = new Listener();
            WebSocket socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(pageSocket), listener).get(10, TimeUnit.SECONDS);
            HeadlessChromium browser = new HeadlessChromium(process, socket);
            listener.owner = browser;
            browser.send("Page.enable", JSON.createObjectNode());
            browser.send("Runtime.enable", JSON.createObjectNode());
            browser.send("Log.enable", JSON.createObjectNode());
            ObjectNode metrics = JSON.createObjectNode().put("width", width).put("height", height)
                    .put("deviceScaleFactor", 1).put("mobile", false);
            browser.send("Emulation.setDeviceMetricsOverride", metrics);
            browser.send("Emulation.setTimezoneOverride", JSON.createObjectNode().put("timezoneId", "Asia/Shanghai"));
            return browser;
        } catch (IOException | InterruptedException | RuntimeException e) {
            destroy(process);
            throw e;
        } catch (Exception e) {
            destroy(process);
            throw new IOException("cannot connect to Chromium's DevTools: " + e.getMessage(), e);
        }
    }

    /** Opens the URL and waits for the load event's readiness ({@code document.readyState == "complete"}). */
    public void navigate(String url) throws InterruptedException {
        send("Page.navigate", JSON.createObjectNode().put("url", url));
        waitFor("document.readyState === 'complete' && location.href !== 'about:blank'", Duration.ofSeconds(30));
    }

    /** Evaluates a JavaScript expression in the page (promises are awaited) and returns its JSON value. */
    public JsonNode evaluate(String expression) {
        ObjectNode params = JSON.createObjectNode().put("expression", expression).put("returnByValue", true)
                .put("awaitPromise", true);
        JsonNode result = send("Runtime.evaluate", params);
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("JavaScript failed: " + expression + " → "
                    + result.path("exceptionDetails").path("exception").path("description").asText(
                    result.path("exceptionDetails").toString()));
        }
        return result.path("result").path("value");
    }

    public String text(String expression) {
        JsonNode value = evaluate(expression);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    /** Polls the expression until it is true; the AssertionError names the condition and the last value. */
    public void waitFor(String condition, Duration timeout) throws InterruptedException {
        waitUntil(condition, JsonNode::asBoolean, timeout);
    }

    public JsonNode waitUntil(String expression, Predicate<JsonNode> accept, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        RuntimeException error = null;
        while (System.nanoTime() < deadline) {
            try {
                last = evaluate(expression);
                error = null;
                if (accept.test(last)) {
                    return last;
                }
            } catch (RuntimeException e) {
                error = e;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not true within " + timeout.toSeconds() + " s: " + expression + " (last value: "
                + last + (error == null ? "" : ", error: " + error.getMessage()) + ")"
                + (pageErrors.isEmpty() ? "" : "; the page reported: " + String.join(" | ", errors())));
    }

    /**
     * Answers the page's requests whose URL matches {@code urlPattern} (CDP wildcards, e.g. {@code *}/api/batches*)
     * with what {@code answer} returns for the URL, instead of the server: for views built against an API that
     * another module provides. {@link #unstub()} ends it.
     */
    public void stub(String urlPattern, java.util.function.Function<String, Stub> answer) {
        stubs = answer;
        ObjectNode params = JSON.createObjectNode();
        params.putArray("patterns").addObject().put("urlPattern", urlPattern).put("requestStage", "Request");
        send("Fetch.enable", params);
    }

    public void unstub() {
        send("Fetch.disable", JSON.createObjectNode());
        stubs = null;
    }

    private void fulfill(JsonNode params) {
        java.util.function.Function<String, Stub> answer = stubs;
        String requestId = params.path("requestId").asText();
        ObjectNode reply = JSON.createObjectNode().put("requestId", requestId);
        String method;
        if (answer == null) {
            method = "Fetch.continueRequest";
        } else {
            Stub stub = answer.apply(params.path("request").path("url").asText());
            method = "Fetch.fulfillRequest";
            reply.put("responseCode", stub.status());
            reply.putArray("responseHeaders").addObject().put("name", "Content-Type")
                    .put("value", "application/json; charset=UTF-8");
            reply.put("body", Base64.getEncoder().encodeToString(stub.json().getBytes(StandardCharsets.UTF_8)));
        }
        // runs on the WebSocket's listener thread: no answer is awaited here (only the send itself)
        ObjectNode message = JSON.createObjectNode().put("id", ids.incrementAndGet()).put("method", method);
        message.set("params", reply);
        try {
            String text = JSON.writeValueAsString(message);
            synchronized (socket) {
                socket.sendText(text, true).get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            pageErrors.add("cannot answer a stubbed request: " + e.getMessage());
        }
    }

    /** Errors the page reported so far (uncaught exceptions, console.error, failed loads). */
    public List<String> errors() {
        synchronized (pageErrors) {
            return List.copyOf(pageErrors);
        }
    }

    private void event(JsonNode message) {
        String method = message.path("method").asText();
        JsonNode params = message.path("params");
        switch (method) {
            case "Fetch.requestPaused" -> fulfill(params);
            case "Runtime.exceptionThrown" -> pageErrors.add("exception: " + params.path("exceptionDetails")
                    .path("exception").path("description").asText(params.path("exceptionDetails").path("text").asText()));
            case "Runtime.consoleAPICalled" -> {
                if ("error".equals(params.path("type").asText())) {
                    StringBuilder text = new StringBuilder("console.error:");
                    params.path("args").forEach(a -> text.append(' ').append(a.path("value").asText(a.path("description").asText())));
                    pageErrors.add(text.toString());
                }
            }
            case "Log.entryAdded" -> {
                JsonNode entry = params.path("entry");
                if ("error".equals(entry.path("level").asText())) {
                    pageErrors.add("log: " + entry.path("text").asText() + " " + entry.path("url").asText(""));
                }
            }
            default -> {
            }
        }
    }

    /** A PNG of the whole page (up to 6000 px high). */
    public void screenshot(Path file) throws IOException {
        JsonNode metrics = send("Page.getLayoutMetrics", JSON.createObjectNode());
        JsonNode size = metrics.has("cssContentSize") ? metrics.path("cssContentSize") : metrics.path("contentSize");
        double width = Math.max(1, size.path("width").asDouble(1440));
        double height = Math.min(6000, Math.max(1, size.path("height").asDouble(900)));
        ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0).put("width", width).put("height", height)
                .put("scale", 1);
        ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
        params.set("clip", clip);
        String data = send("Page.captureScreenshot", params).path("data").asText();
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(data));
    }

    private JsonNode send(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        try {
            synchronized (socket) {
                socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
            }
            JsonNode response = answer.get(commandTimeout.toSeconds(), TimeUnit.SECONDS);
            if (response.has("error")) {
                throw new IllegalStateException(method + " failed: " + response.path("error"));
            }
            return response.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " interrupted", e);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer from Chromium: " + e, e);
        } finally {
            pending.remove(id);
        }
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        } catch (RuntimeException e) {
            // the browser goes away anyway
        }
        destroy(process);
    }

    private static void destroy(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** Collects (possibly fragmented) text frames and completes the command each answer belongs to. */
    private static final class Listener implements WebSocket.Listener {

        private final StringBuilder buffer = new StringBuilder();
        private volatile HeadlessChromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                try {
                    JsonNode message = JSON.readTree(text.getBytes(StandardCharsets.UTF_8));
                    if (message.has("id") && owner != null) {
                        CompletableFuture<JsonNode> answer = owner.pending.get(message.get("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    } else if (owner != null) {
                        owner.event(message);
                    }
                } catch (IOException e) {
                    // not JSON: ignore the frame
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
