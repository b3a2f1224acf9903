package io.nianbao.events;

/** A record on a topic that cannot be decoded into its event type; it belongs in the dead-letter topic. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }
}
