package io.nianbao.notification.messaging;

import io.nianbao.events.AgencyRegistered;
import io.nianbao.events.EventCodec;
import io.nianbao.events.InvalidEventException;
import io.nianbao.notification.domain.NoticeService;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * agencies.registered → the agencies' contacts ({@code notification_agencies}). A failure (e.g. MongoDB briefly
 * away) is retried; a record that is not a valid event fails at once and goes to
 * {@code agencies.registered.notification.dlq}. Replays are harmless.
 */
@ApplicationScoped
public class AgencyConsumer {

    private final NoticeService notices;

    public AgencyConsumer(NoticeService notices) {
        this.notices = notices;
    }

    @Incoming(Channels.AGENCIES_IN)
    @Blocking
    @Retry(maxRetries = 6, delay = 500, maxDuration = 180_000, abortOn = InvalidEventException.class)
    @ExponentialBackoff(maxDelay = 30_000)
    public void registered(String json) {
        notices.agencyRegistered(EventCodec.decode(json, AgencyRegistered.class));
    }
}
