package io.nianbao.devstack;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the local stack keeps its data and which 127.0.0.1 ports it listens on.
 * A port of {@code 0} means "pick a free ephemeral port".
 *
 * @param dataDir        directory holding Kafka's log dirs, the Mongo H2 file and logs; created if absent
 * @param kafkaPort      Kafka broker (PLAINTEXT) port
 * @param mongoPort      MongoDB wire-protocol port
 * @param smtpPort       SMTP port
 * @param mailViewerPort HTTP port of the mail viewer
 */
public record DevStackConfig(Path dataDir, int kafkaPort, int mongoPort, int smtpPort, int mailViewerPort) {

    /** Default Kafka port of the standalone stack. */
    public static final int DEFAULT_KAFKA_PORT = 9092;
    /** Default MongoDB port of the standalone stack. */
    public static final int DEFAULT_MONGO_PORT = 27017;
    /** Default SMTP port of the standalone stack. */
    public static final int DEFAULT_SMTP_PORT = 3025;
    /** Default mail viewer port of the standalone stack. */
    public static final int DEFAULT_MAIL_VIEWER_PORT = 8025;

    /** Validates the ports and normalises the data directory to an absolute path. */
    public DevStackConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        dataDir = dataDir.toAbsolutePath().normalize();
        checkPort("kafkaPort", kafkaPort);
        checkPort("mongoPort", mongoPort);
        checkPort("smtpPort", smtpPort);
        checkPort("mailViewerPort", mailViewerPort);
    }

    /** The well-known ports (9092, 27017, 3025, 8025) used by {@code ./nianbao up}. */
    public static DevStackConfig defaults(Path dataDir) {
        return new DevStackConfig(dataDir, DEFAULT_KAFKA_PORT, DEFAULT_MONGO_PORT, DEFAULT_SMTP_PORT,
                DEFAULT_MAIL_VIEWER_PORT);
    }

    /** Every port ephemeral: what tests use. */
    public static DevStackConfig ephemeral(Path dataDir) {
        return new DevStackConfig(dataDir, 0, 0, 0, 0);
    }

    private static void checkPort(String name, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " must be between 0 and 65535, was " + port);
        }
    }
}
