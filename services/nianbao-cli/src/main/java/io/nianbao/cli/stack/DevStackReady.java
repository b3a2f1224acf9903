package io.nianbao.cli.stack;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The line the dev stack prints once Kafka, MongoDB and SMTP accept connections:
 * {@code NIANBAO-DEVSTACK READY kafka=127.0.0.1:9092 mongo=mongodb://127.0.0.1:27017 smtp=127.0.0.1:3025
 * mail=http://127.0.0.1:8025/}.
 */
public record DevStackReady(String kafkaBootstrap, String mongoUri, String smtpHost, int smtpPort, String mailUrl) {

    public static final String MARKER = "NIANBAO-DEVSTACK READY";

    /** Reads a ready line; empty when the line is something else or lacks a field. */
    public static Optional<DevStackReady> parse(String line) {
        int at = line.indexOf(MARKER);
        if (at < 0) {
            return Optional.empty();
        }
        Map<String, String> fields = new HashMap<>();
        for (String token : line.substring(at + MARKER.length()).trim().split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq > 0) {
                fields.put(token.substring(0, eq), token.substring(eq + 1));
            }
        }
        String kafka = fields.get("kafka");
        String mongo = fields.get("mongo");
        String smtp = fields.get("smtp");
        String mail = fields.get("mail");
        if (kafka == null || mongo == null || smtp == null || mail == null) {
            return Optional.empty();
        }
        int colon = smtp.lastIndexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        try {
            int smtpPort = Integer.parseInt(smtp.substring(colon + 1));
            return Optional.of(new DevStackReady(kafka, mongo, smtp.substring(0, colon), smtpPort, mail));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
