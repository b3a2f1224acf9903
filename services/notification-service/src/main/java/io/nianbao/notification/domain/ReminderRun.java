package io.nianbao.notification.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of one reminder run: the deadline, the day it ran for, which phase that day is in
 * ({@code none} before the reminder window, {@code reminder}, {@code overdue}) and the notices it created.
 */
public record ReminderRun(LocalDate deadline, LocalDate today, int reportYear, String phase, List<Sent> sent) {

    /** One notice the run created, with the state of its deliveries when the run ended. */
    public record Sent(String agencyId, String kind, String noticeId, List<DeliveryState> deliveries) {
    }

    /** A delivery's state. */
    public record DeliveryState(String channel, String status, int attempts, String lastError) {

        static DeliveryState of(Delivery delivery) {
            return new DeliveryState(delivery.channel().key(), delivery.status().name(), delivery.attempts(),
                    delivery.lastError());
        }
    }
}
