package io.nianbao.metrics;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.util.function.Consumer;

/** A failure handler that reports the topic of each record it handled successfully (e.g. dead-lettered). */
final class CountingFailureHandler implements KafkaFailureHandler {

    private final KafkaFailureHandler delegate;
    private final Consumer<String> handled;

    CountingFailureHandler(KafkaFailureHandler delegate, Consumer<String> handled) {
        this.delegate = delegate;
        this.handled = handled;
    }

    @Override
    public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
        return delegate.handle(record, reason, metadata).invoke(() -> handled.accept(record.getTopic()));
    }

    @Override
    public void terminate() {
        delegate.terminate();
    }
}
