package io.nianbao.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the backlog of this service's Kafka consumers, asked from the broker every
 * {@code nianbao.metrics.lag-every} (default 15 s; {@code 0s} switches it off): {@link MetricNames#CONSUMER_LAG}
 * per topic and group, and {@link MetricNames#DEAD_LETTER_TOPIC_RECORDS} per consumed topic. Unlike the Kafka
 * client's own {@code records-lag}, this is also right while a consumer is stuck or not running. While the
 * broker cannot be asked the gauges are NaN.
 */
@Startup
@ApplicationScoped
public class ConsumerLagMonitor {

    private static final Logger LOG = Logger.getLogger(ConsumerLagMonitor.class);

    private final MeterRegistry registry;
    private final List<IncomingChannel> channels;
    private final Map<String, Object> kafka;
    private final Duration every;
    private final String service;
    private final Map<List<String>, Value> gauges = new ConcurrentHashMap<>();
    private ScheduledExecutorService executor;
    private volatile Admin admin;
    private boolean failing;

    public ConsumerLagMonitor(MeterRegistry registry, Config config,
                              @Identifier("default-kafka-broker") Map<String, Object> kafka,
                              MetricsConfig settings,
                              @ConfigProperty(name = "quarkus.application.name") String service) {
        this.registry = registry;
        this.channels = IncomingChannels.from(config.getPropertyNames(), n -> config.getOptionalValue(n, String.class));
        this.kafka = kafka;
        this.every = settings.lagEvery();
        this.service = service;
    }

    @PostConstruct
    void start() {
        if (channels.isEmpty() || every.isZero() || every.isNegative()) {
            return;
        }
        for (IncomingChannel c : channels) {
            value(MetricNames.CONSUMER_LAG, MetricNames.TOPIC, c.topic(), MetricNames.GROUP, c.group());
            if (c.deadLetterTopic() != null) {
                value(MetricNames.DEAD_LETTER_TOPIC_RECORDS, MetricNames.TOPIC, c.topic(), MetricNames.SERVICE, service);
            }
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "consumer-lag-monitor");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::refresh, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks the broker once and updates the gauges. */
    void refresh() {
        try {
            KafkaBacklog backlog = new KafkaBacklog(admin(), Duration.ofSeconds(10));
            backlog.lag(channels).forEach((gt, lag) ->
                    value(MetricNames.CONSUMER_LAG, MetricNames.TOPIC, gt.topic(), MetricNames.GROUP, gt.group())
                            .set(lag));
            Map<String, String> deadLetterTopics = new HashMap<>();
            channels.stream().filter(c -> c.deadLetterTopic() != null)
                    .forEach(c -> deadLetterTopics.put(c.deadLetterTopic(), c.topic()));
            backlog.size(deadLetterTopics.keySet()).forEach((dlq, size) -> value(MetricNames.DEAD_LETTER_TOPIC_RECORDS,
                    MetricNames.TOPIC, deadLetterTopics.get(dlq), MetricNames.SERVICE, service).set(size));
            if (failing) {
                LOG.info("consumer lag is readable again");
                failing = false;
            }
        } catch (KafkaBacklog.KafkaBacklogException | RuntimeException e) {
            gauges.values().forEach(v -> v.set(Double.NaN));
            if (!failing) {
                LOG.warnf("cannot read consumer lag from Kafka (%s); the lag gauges are NaN until it answers",
                        e.getMessage());
                failing = true;
            }
        }
    }

    private Admin admin() {
        if (admin == null) {
            Set<String> known = AdminClientConfig.configNames();
            Map<String, Object> props = new HashMap<>();
            kafka.forEach((k, v) -> {
                if (known.contains(k) && v != null && !v.toString().isBlank()) {
                    props.put(k, v);
                }
            });
            props.put(AdminClientConfig.CLIENT_ID_CONFIG, service + "-lag-monitor");
            props.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            props.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
            admin = Admin.create(props);
        }
        return admin;
    }

    private Value value(String name, String... tags) {
        List<String> key = new ArrayList<>(List.of(tags));
        key.add(0, name);
        return gauges.computeIfAbsent(List.copyOf(key), k -> {
            Value v = new Value();
            Gauge.builder(name, v, Value::get)
                    .description(MetricNames.CONSUMER_LAG.equals(name)
                            ? "Records of a topic the consumer group has not committed yet"
                            : "Records held in the dead-letter topic of a consumer")
                    .tags(tags)
                    .register(registry);
            return v;
        });
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }

    private static final class Value {
        private volatile double value = Double.NaN;

        double get() {
            return value;
        }

        void set(double v) {
            value = v;
        }
    }
}
