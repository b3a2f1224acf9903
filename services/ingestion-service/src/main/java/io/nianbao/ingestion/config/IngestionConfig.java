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

    /** Bounds of a zip posted to {@code /api/batches} ({@code nianbao.ingestion.batch.*}). */
    Batch batch();

    /** Bounds of a batch zip; each entry is also bounded by {@link #maxFileSize()}. */
    interface Batch {

        /** Largest accepted zip, in bytes (413 above it); keep it below {@code quarkus.http.limits.max-body-size}. */
        @WithDefault("62914560")
        long maxZipSize();

        /** Most entries a zip may list (413 above it). */
        @WithDefault("2000")
        int maxEntries();

        /** Most bytes all entries of one zip may decompress to together; later entries are rejected. */
        @WithDefault("1073741824")
        long maxTotalSize();

        /** Largest decompressed/compressed ratio of an entry (above 64 KiB); a higher one is a zip bomb. */
        @WithDefault("100")
        int maxCompressionRatio();

        /** Entries of a batch submitted at the same time (each waits on MongoDB and Kafka). */
        @WithDefault("4")
        int parallelism();
    }
}
