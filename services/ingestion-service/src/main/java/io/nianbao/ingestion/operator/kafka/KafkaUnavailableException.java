package io.nianbao.ingestion.operator.kafka;

/** Kafka did not answer an operator query in time (or refused it). */
public class KafkaUnavailableException extends RuntimeException {

    public KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
