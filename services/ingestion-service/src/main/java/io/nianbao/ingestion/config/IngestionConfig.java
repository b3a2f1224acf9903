package io.nianbao.ingestion.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the ingestion service ({@code nianbao.ingestion.*}). */
@ConfigMapping(prefix = "nianbao.ingestion")
public interface IngestionConfig {

    /** Largest accepted file, in bytes. */
    @WithDefault("20971520")
    long maxFileSize();

    /** Submissions not yet acknowledged by Kafka after this long are published again by the outbox relay. */
    @WithDefault("PT10S")
    Duration republishAfter();

    /** How often the outbox relay looks for unpublished submissions (a scheduler expression such as 15s). */
    @WithDefault("15s")
    String relayEvery();
}
