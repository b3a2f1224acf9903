package io.nianbao.notification.delivery;

/** An attempt to deliver failed in a way worth retrying (server down, timeout, non-2xx answer). */
public class DeliveryException extends RuntimeException {

    public DeliveryException(String message) {
        super(message);
    }

    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
