package io.nianbao.metrics;

import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.function.BiConsumer;

/**
 * Counts dead letters where SmallRye sends them: decorates the connector's failure-strategy factories, so the
 * handler of every channel with {@code failure-strategy=dead-letter-queue} counts each record once the
 * dead-letter topic accepted it ({@link MetricNames#DEAD_LETTERS}). Other strategies are left as they are.
 */
@Decorator
@Priority(10)
public class DeadLetterCounting implements KafkaFailureHandler.Factory {

    private final KafkaFailureHandler.Factory delegate;
    private final PipelineMetrics metrics;
    private final String service;

    @Inject
    public DeadLetterCounting(@Delegate @Any KafkaFailureHandler.Factory delegate, PipelineMetrics metrics,
                              @ConfigProperty(name = "quarkus.application.name") String service) {
        this.delegate = delegate;
        this.metrics = metrics;
        this.service = service;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                      KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler handler = delegate.create(config, vertx, consumer, reportFailure);
        if (!KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE.equals(config.getFailureStrategy())) {
            return handler;
        }
        return new CountingFailureHandler(handler, topic -> metrics.deadLetter(topic, service));
    }
}
