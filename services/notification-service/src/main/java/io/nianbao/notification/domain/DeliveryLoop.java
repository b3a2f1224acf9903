package io.nianbao.notification.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Retries: picks the PENDING deliveries that are due (first attempts that were interrupted, retries after a
 * backoff, deliveries waiting for an agency's contacts) and publishes state changes Kafka has not acknowledged.
 */
@ApplicationScoped
public class DeliveryLoop {

    private static final Logger LOG = Logger.getLogger(DeliveryLoop.class);
    private static final int BATCH = 50;

    private final DeliveryService delivery;

    public DeliveryLoop(DeliveryService delivery) {
        this.delivery = delivery;
    }

    @Scheduled(every = "${nianbao.delivery.every:2s}", delayed = "${nianbao.delivery.every:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            while (delivery.deliverDue(BATCH) == BATCH) {
                LOG.debug("more deliveries due; continuing");
            }
            delivery.republishUnannounced(BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("delivery loop interrupted: %s", e.getMessage());
        }
    }
}
