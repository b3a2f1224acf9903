package io.nianbao.ingestion.messaging;

import io.nianbao.events.AgencyRegistered;
import io.nianbao.events.EventCodec;
import io.nianbao.events.SubmissionReceived;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes this service's events and waits for the broker's acknowledgement. */
@ApplicationScoped
public class EventPublisher {

    private final MutinyEmitter<Record<String, String>> submitted;
    private final MutinyEmitter<Record<String, String>> agencies;

    public EventPublisher(@Channel(Channels.SUBMITTED_OUT) MutinyEmitter<Record<String, String>> submitted,
                          @Channel(Channels.AGENCIES_OUT) MutinyEmitter<Record<String, String>> agencies) {
        this.submitted = submitted;
        this.agencies = agencies;
    }

    public void submitted(SubmissionReceived event) {
        submitted.sendAndAwait(Record.of(event.submissionId(), EventCodec.encode(event)));
    }

    public void agency(AgencyRegistered event) {
        agencies.sendAndAwait(Record.of(event.agencyId(), EventCodec.encode(event)));
    }
}
