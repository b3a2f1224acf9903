package io.nianbao.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The local infrastructure that replaces Docker for {@code ./nianbao up|demo} and the service tests:
 * a single-node KRaft Kafka broker, a MongoDB wire-protocol server (mongo-java-server, H2 file backend),
 * a GreenMail SMTP server and a small HTTP viewer of the received mails. Everything listens on 127.0.0.1.
 *
 * <p>Data lives under {@link DevStackConfig#dataDir()}: {@code kafka/} (Kafka log dirs) and
 * {@code mongo/nianbao.mv.db} (the Mongo store); both survive a restart on the same directory.
 * Received mails are kept in memory only.
 *
 * <p>Limits of the embedded Mongo: no transactions/sessions, change streams, {@code $text} or TTL expiry.
 */
public final class DevStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DevStack.class);

    private final DevStackConfig config;
    private final KafkaBroker kafka;
    private final MongoServer mongo;
    private final int mongoPort;
    private final GreenMail greenMail;
    private final Mailbox mailbox;
    private final MailViewer mailViewer;
    private boolean closed;

    private DevStack(DevStackConfig config, KafkaBroker kafka, MongoServer mongo, int mongoPort, GreenMail greenMail,
            Mailbox mailbox, MailViewer mailViewer) {
        this.config = config;
        this.kafka = kafka;
        this.mongo = mongo;
        this.mongoPort = mongoPort;
        this.greenMail = greenMail;
        this.mailbox = mailbox;
        this.mailViewer = mailViewer;
    }

    /**
     * Starts every server and returns once all of them accept connections.
     *
     * @throws DevStackException with a message fit for a person when a port is taken, the data
     *                           directory is locked by another stack, or a server cannot start;
     *                           whatever had already started is stopped again
     */
    public static DevStack start(DevStackConfig config) {
        long started = System.nanoTime();
        Ports.requireFree("Kafka", config.kafkaPort(), "use --kafka-port to pick another");
        Ports.requireFree("MongoDB", config.mongoPort(), "use --mongo-port to pick another");
        Ports.requireFree("SMTP", config.smtpPort(), "use --smtp-port to pick another");
        Ports.requireFree("Mail viewer", config.mailViewerPort(), "use --mail-port to pick another");
        Path dataDir = config.dataDir();
        createDirectories(dataDir);

        Deque<AutoCloseable> startedParts = new ArrayDeque<>();
        try {
            MongoServer mongo = startMongo(dataDir.resolve("mongo"), config.mongoPort());
            startedParts.push(mongo::shutdown);
            int mongoPort = mongo.getLocalAddress().getPort();

            GreenMail greenMail = startGreenMail(config.smtpPort());
            startedParts.push(greenMail::stop);
            Mailbox mailbox = new Mailbox(greenMail);

            MailViewer viewer = MailViewer.start(config.mailViewerPort(), mailbox::list);
            startedParts.push(viewer);

            KafkaBroker kafka = KafkaBroker.start(dataDir.resolve("kafka"), config.kafkaPort());
            startedParts.push(kafka);

            DevStack stack = new DevStack(config, kafka, mongo, mongoPort, greenMail, mailbox, viewer);
            LOG.info("Dev stack ready in {} ms: kafka={} mongo={} smtp={}:{} mail={}",
                    (System.nanoTime() - started) / 1_000_000, stack.kafkaBootstrap(),
                    stack.mongoConnectionString(), stack.smtpHost(), stack.smtpPort(), stack.mailViewerUrl());
            return stack;
        } catch (RuntimeException e) {
            stopAll(startedParts);
            if (e instanceof DevStackException) {
                throw e;
            }
            throw new DevStackException("the dev stack could not start: " + describe(e), e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DevStackException("cannot create data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static MongoServer startMongo(Path dir, int port) {
        createDirectories(dir);
        Path file = dir.resolve("nianbao.mv.db");
        H2Backend backend;
        try {
            backend = new H2Backend(file.toString());
        } catch (RuntimeException e) {
            throw new DevStackException("cannot open the Mongo store " + file
                    + " (is another dev stack using this data directory?): " + describe(e), e);
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(Ports.HOST, port);
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw new DevStackException("MongoDB cannot listen on " + Ports.HOST + ":" + port + ": " + describe(e), e);
        }
        return server;
    }

    private static GreenMail startGreenMail(int port) {
        ServerSetup setup = new ServerSetup(port, Ports.HOST, ServerSetup.PROTOCOL_SMTP);
        if (port == 0) {
            setup = setup.dynamicPort();
        }
        GreenMail greenMail = new GreenMail(setup);
        try {
            greenMail.start();
        } catch (RuntimeException e) {
            throw new DevStackException("SMTP cannot listen on " + Ports.HOST + ":" + port + ": " + describe(e), e);
        }
        return greenMail;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }

    private static void stopAll(Deque<AutoCloseable> parts) {
        while (!parts.isEmpty()) {
            try {
                parts.pop().close();
            } catch (Exception e) {
                LOG.warn("Failed to stop part of the dev stack", e);
            }
        }
    }

    /** The configuration the stack was started with (ports as requested, possibly 0). */
    public DevStackConfig config() {
        return config;
    }

    /** Kafka {@code bootstrap.servers}, e.g. {@code 127.0.0.1:9092}. */
    public String kafkaBootstrap() {
        return Ports.HOST + ":" + kafka.port();
    }

    /** MongoDB connection string without database, e.g. {@code mongodb://127.0.0.1:27017}. */
    public String mongoConnectionString() {
        return "mongodb://" + Ports.HOST + ":" + mongoPort;
    }

    /** SMTP host: always {@code 127.0.0.1}. */
    public String smtpHost() {
        return Ports.HOST;
    }

    /** The SMTP port actually bound. */
    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    /** The mail viewer's root URL, e.g. {@code http://127.0.0.1:8025/}. */
    public String mailViewerUrl() {
        return "http://" + Ports.HOST + ":" + mailViewer.port() + "/";
    }

    /** The GreenMail server, for tests that inspect or purge received messages. */
    public GreenMail greenMail() {
        return greenMail;
    }

    /** Every mail received since start, oldest first, one entry per mail (not per recipient). */
    public List<ReceivedMail> receivedMails() {
        return mailbox.list();
    }

    /** Stops Kafka (waiting for its shutdown), the viewer, SMTP and Mongo (flushing its H2 file). Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Deque<AutoCloseable> parts = new ArrayDeque<>();
        parts.push(mongo::shutdown);
        parts.push(greenMail::stop);
        parts.push(mailViewer);
        parts.push(kafka);
        stopAll(parts);
        LOG.info("Dev stack stopped");
    }
}
