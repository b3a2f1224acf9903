package io.nianbao.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the {@link DevStack} as its own process for {@code ./nianbao up|demo}:
 *
 * <pre>
 * java -cp 'services/dev-stack/target/dev-stack-1.0.0-SNAPSHOT.jar:services/dev-stack/target/lib/*' \
 *     io.nianbao.devstack.DevStackMain --data .nianbao/stack [--kafka-port 9092] [--mongo-port 27017] \
 *     [--smtp-port 3025] [--mail-port 8025]
 * </pre>
 *
 * <p>When every server is up it prints exactly one line to stdout,
 * {@code NIANBAO-DEVSTACK READY kafka=127.0.0.1:9092 mongo=mongodb://127.0.0.1:27017 smtp=127.0.0.1:3025
 * mail=http://127.0.0.1:8025/}, and writes the same facts to {@code DIR/devstack.json} (removed again on a
 * clean stop). It runs until SIGTERM/SIGINT. If it cannot start it prints one line
 * {@code NIANBAO-DEVSTACK FAILED <reason>} to stderr and exits with 1 (2 for bad arguments).
 * Server logs go to {@code DIR/logs/devstack.log}.
 */
public final class DevStackMain {

    /** Prefix of the line printed once the stack is ready. */
    public static final String READY = "NIANBAO-DEVSTACK READY";
    /** Prefix of the line printed when the stack cannot start. */
    public static final String FAILED = "NIANBAO-DEVSTACK FAILED";
    /** Name of the facts file written into the data directory. */
    public static final String FACTS_FILE = "devstack.json";

    private static final String USAGE = "usage: DevStackMain --data DIR [--kafka-port N] [--mongo-port N]"
            + " [--smtp-port N] [--mail-port N]";

    private DevStackMain() {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        DevStackConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(FAILED + " " + e.getMessage());
            err.println(USAGE);
            System.exit(2);
            return;
        }
        configureLogging(config.dataDir());
        DevStack stack = start(config, out, err);
        if (stack == null) {
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(stack, config.dataDir());
            stopped.countDown();
        }, "devstack-shutdown"));
        awaitQuietly(stopped);
    }

    /**
     * Starts the stack, prints the READY line to {@code out} and writes {@code devstack.json};
     * on failure prints one FAILED line to {@code err} and returns {@code null}.
     */
    static DevStack start(DevStackConfig config, PrintStream out, PrintStream err) {
        DevStack stack;
        try {
            stack = DevStack.start(config);
        } catch (DevStackException e) {
            err.println(FAILED + " " + oneLine(e.getMessage()));
            return null;
        } catch (RuntimeException | LinkageError e) {
            err.println(FAILED + " unexpected error: " + oneLine(e.toString()));
            return null;
        }
        try {
            writeFacts(stack, config.dataDir().resolve(FACTS_FILE));
        } catch (IOException e) {
            stack.close();
            err.println(FAILED + " cannot write " + config.dataDir().resolve(FACTS_FILE) + ": " + e.getMessage());
            return null;
        }
        out.println(readyLine(stack));
        return stack;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    static String readyLine(DevStack stack) {
        return READY + " kafka=" + stack.kafkaBootstrap() + " mongo=" + stack.mongoConnectionString()
                + " smtp=" + stack.smtpHost() + ":" + stack.smtpPort() + " mail=" + stack.mailViewerUrl();
    }

    static DevStackConfig parse(String[] args) {
        Path data = null;
        int kafka = DevStackConfig.DEFAULT_KAFKA_PORT;
        int mongo = DevStackConfig.DEFAULT_MONGO_PORT;
        int smtp = DevStackConfig.DEFAULT_SMTP_PORT;
        int mail = DevStackConfig.DEFAULT_MAIL_VIEWER_PORT;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--data" -> data = Path.of(value);
                case "--kafka-port" -> kafka = port(option, value);
                case "--mongo-port" -> mongo = port(option, value);
                case "--smtp-port" -> smtp = port(option, value);
                case "--mail-port" -> mail = port(option, value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (data == null) {
            throw new IllegalArgumentException("--data DIR is required");
        }
        return new DevStackConfig(data, kafka, mongo, smtp, mail);
    }

    private static int port(String option, String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a port number (0-65535), got '" + value + "'");
        }
    }

    /** Sends slf4j-simple's output to DIR/logs/devstack.log unless the caller configured it. */
    private static void configureLogging(Path dataDir) {
        Path logs = dataDir.toAbsolutePath().resolve("logs");
        try {
            Files.createDirectories(logs);
            setDefault("org.slf4j.simpleLogger.logFile", logs.resolve("devstack.log").toString());
        } catch (IOException e) {
            setDefault("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        setDefault("org.slf4j.simpleLogger.showDateTime", "true");
        setDefault("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        setDefault("org.slf4j.simpleLogger.defaultLogLevel", "info");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static void writeFacts(DevStack stack, Path file) throws IOException {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kafka", stack.kafkaBootstrap());
        facts.put("mongo", stack.mongoConnectionString());
        facts.put("smtp", stack.smtpHost() + ":" + stack.smtpPort());
        facts.put("smtpHost", stack.smtpHost());
        facts.put("smtpPort", stack.smtpPort());
        facts.put("mail", stack.mailViewerUrl());
        facts.put("pid", ProcessHandle.current().pid());
        facts.put("startedAt", Instant.now().toString());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, Json.value(facts) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void stop(DevStack stack, Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FACTS_FILE));
        } catch (IOException e) {
            // the stale file names ports nobody listens on any more; nothing else to do
        }
        stack.close();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
