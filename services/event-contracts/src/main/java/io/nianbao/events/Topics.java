package io.nianbao.events;

/**
 * Kafka topic names, by pipeline stage. Every record is keyed by submission id
 * (agency records by agency id). Services and tests use these constants.
 */
public final class Topics {

    /** ingestion → parsing: a file was received and stored. */
    public static final String SUBMITTED = "reports.submitted";
    /** parsing → validation, ingestion: the canonical report (or why it is unreadable). */
    public static final String PARSED = "reports.parsed";
    /** validation → notification, ingestion: verdict and findings. */
    public static final String VALIDATED = "reports.validated";
    /** notification → ingestion: the delivery state of each notice. */
    public static final String NOTICES = "notices.sent";
    /** ingestion → notification: agency registrations and contact changes (keyed by agency id). */
    public static final String AGENCIES = "agencies.registered";

    private Topics() {
    }

    /** The dead-letter topic of one consumer of a topic, e.g. {@code reports.submitted.parsing.dlq}. */
    public static String deadLetter(String topic, String consumer) {
        return topic + "." + consumer + ".dlq";
    }
}
