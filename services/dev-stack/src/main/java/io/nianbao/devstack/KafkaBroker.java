package io.nianbao.devstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * One Kafka node in KRaft mode (broker and controller in the same process) on 127.0.0.1.
 * The controller quorum is static ({@code controller.quorum.voters}), so the controller port
 * may change between restarts of the same data directory.
 */
final class KafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaBroker.class);
    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;
    private final int port;

    private KafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Formats the storage on first use, then starts the node; returns once the broker is unfenced. */
    static KafkaBroker start(Path logDir, int requestedPort) {
        silenceMissingLog4jProvider();
        int port = requestedPort == 0 ? Ports.freePort() : requestedPort;
        int controllerPort = Ports.freePort();
        Properties props = brokerProperties(logDir, port, controllerPort);
        try {
            Files.createDirectories(logDir);
            formatIfNeeded(logDir, props);
            KafkaConfig config = new KafkaConfig(props, false);
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            try {
                server.startup();
            } catch (RuntimeException e) {
                stopQuietly(server);
                throw e;
            }
            LOG.info("Kafka broker ready on {}:{} (controller on port {}, data in {})",
                    Ports.HOST, port, controllerPort, logDir);
            return new KafkaBroker(server, port);
        } catch (IOException e) {
            throw new DevStackException("cannot prepare Kafka data directory " + logDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Kafka probes the Log4j API once (for its dynamic log-level controller). With no Log4j provider on
     * the classpath, which is the case here and in a Quarkus test JVM, Log4j prints an ERROR line to
     * the console. Point it at Log4j's built-in no-frills provider unless a real one is present.
     */
    private static void silenceMissingLog4jProvider() {
        String key = "log4j2.loggerContextFactory";
        ClassLoader loader = KafkaBroker.class.getClassLoader();
        boolean hasProvider = loader.getResource("META-INF/services/org.apache.logging.log4j.spi.Provider") != null
                || loader.getResource("META-INF/log4j-provider.properties") != null;
        if (!hasProvider && System.getProperty(key) == null) {
            System.setProperty(key, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    static Properties brokerProperties(Path logDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + Ports.HOST + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + Ports.HOST + ":" + port + ",CONTROLLER://" + Ports.HOST + ":"
                + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + Ports.HOST + ":" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());

        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", "3");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");

        // Modest footprint: the log cleaner's dedupe buffer alone defaults to 128 MB of heap.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        p.put("log.cleaner.threads", "1");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("background.threads", "4");
        p.put("num.replica.fetchers", "1");
        p.put("log.index.size.max.bytes", String.valueOf(1024 * 1024));
        p.put("auto.leader.rebalance.enable", "false");
        return p;
    }

    private static void formatIfNeeded(Path logDir, Properties props) throws IOException {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        Path configFile = logDir.resolve("format.properties");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            props.store(out, "written by the Nianbao dev stack to format KRaft storage");
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int rc;
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(new String[] {
                "format", "-t", Uuid.randomUuid().toString(), "-c", configFile.toString(), "--ignore-formatted"
            }, out);
        } catch (RuntimeException e) {
            throw new DevStackException("cannot format Kafka storage in " + logDir + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(configFile);
        }
        String output = captured.toString(StandardCharsets.UTF_8).trim();
        if (rc != 0) {
            throw new DevStackException("cannot format Kafka storage in " + logDir + ": " + output);
        }
        LOG.info("Formatted Kafka storage: {}", output);
    }

    /** The broker's PLAINTEXT port. */
    int port() {
        return port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static void stopQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.debug("Ignoring failure while stopping a broker that failed to start", e);
        }
    }
}
