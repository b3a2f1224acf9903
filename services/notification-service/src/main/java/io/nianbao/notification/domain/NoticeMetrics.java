package io.nianbao.notification.domain;

import io.micrometer.core.instrument.MeterRegistry;
import io.nianbao.events.DeliveryStatus;
import jakarta.enterprise.context.ApplicationScoped;

/** Counter {@code nianbao.notices}: deliveries by notice kind, channel and state reached. */
@ApplicationScoped
public class NoticeMetrics {

    private final MeterRegistry registry;

    public NoticeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(NoticeKind kind, ChannelType channel, DeliveryStatus status) {
        registry.counter("nianbao.notices", "kind", kind.key(), "channel", channel.key(), "status", status.name())
                .increment();
    }
}
