package io.nianbao.devstack;

/**
 * The local stack could not start or stop. The message is written for a person
 * (for example "Kafka port 9092 on 127.0.0.1 is already in use") and is safe to print as is.
 */
public class DevStackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a human-readable message. */
    public DevStackException(String message) {
        super(message);
    }

    /** Creates an exception with a human-readable message and the underlying cause. */
    public DevStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
