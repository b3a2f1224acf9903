package io.nianbao.validation.messaging;

import io.nianbao.events.EventCodec;
import io.nianbao.events.ReportValidated;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Publishes replayed results to {@code reports.validated}, keyed by submission id, and waits for Kafka's ack. */
@ApplicationScoped
public class ReplayPublisher {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(60);

    private final Emitter<Record<String, String>> emitter;

    public ReplayPublisher(@Channel(Channels.REPLAYED_OUT) Emitter<Record<String, String>> emitter) {
        this.emitter = emitter;
    }

    /** Sends the event; throws {@link IllegalStateException} when Kafka does not acknowledge it. */
    public void publish(ReportValidated event) {
        try {
            emitter.send(Record.of(event.submissionId(), EventCodec.encode(event))).toCompletableFuture()
                    .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + event.submissionId(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("reports.validated did not accept the result of "
                    + event.submissionId() + ": " + e.getMessage(), e);
        }
    }
}
