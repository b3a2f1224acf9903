package io.nianbao.parser.read;

/** Thrown by a format reader when a file cannot be read; the message is the human reason (中文 / English). */
public class UnreadableException extends Exception {

    public UnreadableException(String reason) {
        super(reason);
    }

    public UnreadableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
