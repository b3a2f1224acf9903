package io.nianbao.metrics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the shared metrics ({@code nianbao.metrics.*}). */
@ConfigMapping(prefix = "nianbao.metrics")
public interface MetricsConfig {

    /** How often consumer lag and dead-letter topic sizes are read from Kafka; 0 switches it off. */
    @WithDefault("15s")
    Duration lagEvery();
}
