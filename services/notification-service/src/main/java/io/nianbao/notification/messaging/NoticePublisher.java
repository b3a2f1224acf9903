package io.nianbao.notification.messaging;

import io.nianbao.events.EventCodec;
import io.nianbao.events.NoticeSent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes delivery states on {@code notices.sent} (key: submission id) and waits for the broker's ack. */
@ApplicationScoped
public class NoticePublisher {

    private final MutinyEmitter<Record<String, String>> notices;

    public NoticePublisher(@Channel(Channels.NOTICES_OUT) MutinyEmitter<Record<String, String>> notices) {
        this.notices = notices;
    }

    public void publish(NoticeSent event) {
        notices.sendAndAwait(Record.of(event.submissionId(), EventCodec.encode(event)));
    }
}
