package io.nianbao.cli.stack.fake;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;

/**
 * Stands in for a Quarkus service jar in tests. Mode "ok" answers 200 on /q/health/ready and shows its
 * environment on /env; "crash" exits 3 at once; "never-ready" answers 503 forever.
 */
public final class FakeService {

    private static final List<String> VARIABLES = List.of("HTTP_PORT", "QUARKUS_HTTP_HOST", "KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URI",
            "MONGODB_DATABASE", "SMTP_HOST", "SMTP_PORT", "NIANBAO_PUBLIC_URL", "NIANBAO_PARSING_URL",
            "NIANBAO_VALIDATION_URL", "NIANBAO_NOTIFICATION_URL");

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        run("ok");
    }

    static void run(String mode) throws IOException {
        System.out.println("fake service starting in mode " + mode);
        if (mode.equals("crash")) {
            System.out.println("boom: cannot connect to Kafka");
            System.exit(3);
        }
        int port = Integer.parseInt(System.getenv("HTTP_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/q/health/ready", exchange -> {
            int status = mode.equals("ok") ? 200 : 503;
            byte[] body = ("{\"status\":\"" + (status == 200 ? "UP" : "DOWN") + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/env", exchange -> {
            TreeMap<String, String> env = new TreeMap<>();
            VARIABLES.stream().filter(v -> System.getenv(v) != null).forEach(v -> env.put(v, System.getenv(v)));
            byte[] body = env.toString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** Main class of a service that crashes on start. */
    public static final class Crash {
        private Crash() {
        }

        public static void main(String[] args) throws IOException {
            run("crash");
        }
    }

    /** Main class of a service that never becomes ready. */
    public static final class NeverReady {
        private NeverReady() {
        }

        public static void main(String[] args) throws IOException {
            run("never-ready");
        }
    }
}
