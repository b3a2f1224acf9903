package io.nianbao.events;

/** Delivery state of one notice on one channel. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
