package io.nianbao.notification.rest;

import io.nianbao.notification.domain.Delivery;
import io.nianbao.notification.domain.Notice;

import java.time.Instant;
import java.util.List;

/** A notice as the API shows it, with the state of its delivery on each channel; {@code text} only when asked. */
public record NoticeView(
        String id,
        String kind,
        String submissionId,
        String agencyId,
        Integer reportYear,
        String subject,
        Instant createdAt,
        String text,
        List<DeliveryView> deliveries) {

    /** One channel's delivery state. */
    public record DeliveryView(String channel, String status, int attempts, String lastError, Instant nextAttemptAt,
                               Instant deliveredAt, Instant updatedAt) {

        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.channel().key(), d.status().name(), d.attempts(), d.lastError(),
                    d.status() == io.nianbao.events.DeliveryStatus.PENDING ? d.nextAttemptAt() : null,
                    d.deliveredAt(), d.updatedAt());
        }
    }

    static NoticeView of(Notice notice, List<Delivery> deliveries, boolean withText) {
        return new NoticeView(notice.id(), notice.kind().key(), notice.submissionId(), notice.agencyId(),
                notice.reportYear(), notice.subject(), notice.createdAt(), withText ? notice.text() : null,
                deliveries.stream().filter(d -> d.noticeId().equals(notice.id())).map(DeliveryView::of).toList());
    }
}
