package io.nianbao.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny read-only web page over the mails the stack received:
 * {@code GET /api/mail} answers a JSON array (oldest first), {@code GET /} an HTML list.
 */
final class MailViewer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MailViewer.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final Supplier<List<ReceivedMail>> mails;

    private MailViewer(HttpServer server, ExecutorService executor, Supplier<List<ReceivedMail>> mails) {
        this.server = server;
        this.executor = executor;
        this.mails = mails;
    }

    static MailViewer start(int port, Supplier<List<ReceivedMail>> mails) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(Ports.loopback(), port), 0);
        } catch (IOException e) {
            throw new DevStackException("mail viewer cannot listen on " + Ports.HOST + ":" + port + ": "
                    + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "devstack-mail-viewer");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        MailViewer viewer = new MailViewer(server, executor, mails);
        server.createContext("/", viewer::handle);
        server.start();
        return viewer;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().add("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain", "method not allowed\n");
            } else if ("/api/mail".equals(path) || "/api/mail/".equals(path)) {
                send(exchange, 200, "application/json", json(mails.get()));
            } else if ("/".equals(path)) {
                send(exchange, 200, "text/html", html(mails.get()));
            } else {
                send(exchange, 404, "text/plain", "not found\n");
            }
        } catch (RuntimeException e) {
            LOG.warn("mail viewer failed to answer {}", exchange.getRequestURI(), e);
            send(exchange, 500, "text/plain", "cannot list mails: " + e.getMessage() + "\n");
        } finally {
            exchange.close();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=UTF-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    static String json(List<ReceivedMail> mails) {
        return Json.value(mails.stream().map(MailViewer::asMap).toList());
    }

    private static Map<String, Object> asMap(ReceivedMail mail) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("from", mail.from());
        map.put("to", mail.to());
        map.put("subject", mail.subject());
        map.put("text", mail.text());
        map.put("html", mail.html());
        map.put("receivedAt", mail.receivedAt().toString());
        return map;
    }

    private static String html(List<ReceivedMail> mails) {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="UTF-8"><title>Nianbao dev stack: mail</title>
                <style>body{font-family:sans-serif;margin:2em}article{border:1px solid #ccc;padding:1em;margin:1em 0}
                pre{white-space:pre-wrap}iframe{width:100%;height:20em;border:1px solid #eee}</style></head><body>
                """);
        page.append("<h1>Received mail (").append(mails.size()).append(")</h1>\n");
        page.append("<p>Newest first. JSON: <a href=\"/api/mail\">/api/mail</a></p>\n");
        for (int i = mails.size() - 1; i >= 0; i--) {
            ReceivedMail mail = mails.get(i);
            page.append("<article><h2>").append(escape(mail.subject())).append("</h2>\n<p>")
                    .append(escape(mail.receivedAt().toString())).append(" · from ")
                    .append(escape(mail.from())).append(" · to ")
                    .append(escape(String.join(", ", mail.to()))).append("</p>\n");
            if (mail.html() != null) {
                page.append("<iframe sandbox srcdoc=\"").append(escape(mail.html())).append("\"></iframe>\n");
            }
            if (mail.text() != null) {
                page.append("<pre>").append(escape(mail.text())).append("</pre>\n");
            }
            page.append("</article>\n");
        }
        return page.append("</body></html>\n").toString();
    }

    private static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
