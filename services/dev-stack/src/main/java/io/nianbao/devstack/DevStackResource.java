package io.nianbao.devstack;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource backed by one {@link DevStack} per JVM: started on ephemeral ports in a
 * temporary data directory by the first test class that asks for it, reused by every later one,
 * and stopped (directory deleted) by a JVM shutdown hook.
 *
 * <pre>
 * &#64;QuarkusTest
 * &#64;QuarkusTestResource(DevStackResource.class)
 * class SubmissionResourceTest { ... DevStackResource.stack().receivedMails() ... }
 * </pre>
 *
 * <p>Supplies {@code kafka.bootstrap.servers}, {@code quarkus.mongodb.connection-string},
 * {@code quarkus.mailer.host/port}, {@code quarkus.mailer.mock=false} and turns Kafka/Mongo Dev Services off.
 * The broker's and embedded servers' own INFO logging is lowered to WARN.
 */
public class DevStackResource implements QuarkusTestResourceLifecycleManager {

    /** Loggers are weakly referenced by JUL; keep the lowered ones alive. */
    private static final List<Logger> QUIETED = new ArrayList<>();
    private static final String[] NOISY_CATEGORIES = {
        "kafka", "org.apache.kafka", "state.change.logger", "de.bwaldvogel", "com.icegreen",
    };

    private static DevStack stack;

    @Override
    public Map<String, String> start() {
        return configFor(stack());
    }

    /** Nothing to do: the stack outlives test classes and is closed when the JVM exits. */
    @Override
    public void stop() {
    }

    /** The configuration a Quarkus service needs to use {@code stack}. */
    public static Map<String, String> configFor(DevStack stack) {
        return Map.of(
                "kafka.bootstrap.servers", stack.kafkaBootstrap(),
                "quarkus.mongodb.connection-string", stack.mongoConnectionString(),
                "quarkus.mailer.host", stack.smtpHost(),
                "quarkus.mailer.port", String.valueOf(stack.smtpPort()),
                "quarkus.mailer.mock", "false",
                "quarkus.kafka.devservices.enabled", "false",
                "quarkus.mongodb.devservices.enabled", "false");
    }

    /** The JVM's shared stack, started on first use; for tests that read mails or produce raw records. */
    public static synchronized DevStack stack() {
        if (stack == null) {
            quietServerLogs();
            Path dataDir;
            try {
                dataDir = Files.createTempDirectory("nianbao-devstack-");
            } catch (IOException e) {
                throw new DevStackException("cannot create a temporary data directory: " + e.getMessage(), e);
            }
            DevStack started = DevStack.start(DevStackConfig.ephemeral(dataDir));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                deleteRecursively(dataDir);
            }, "devstack-test-shutdown"));
            stack = started;
        }
        return stack;
    }

    private static void quietServerLogs() {
        for (String category : NOISY_CATEGORIES) {
            Logger logger = Logger.getLogger(category);
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
                QUIETED.add(logger);
            }
        }
    }

    private static void deleteRecursively(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
