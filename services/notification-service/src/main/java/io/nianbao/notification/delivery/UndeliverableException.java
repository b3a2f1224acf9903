package io.nianbao.notification.delivery;

/** The notice cannot be delivered on this channel at all (e.g. no address registered): retrying is pointless. */
public class UndeliverableException extends RuntimeException {

    public UndeliverableException(String message) {
        super(message);
    }
}
