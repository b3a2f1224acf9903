package io.nianbao.ingestion.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the operator API and the web console ({@code nianbao.console.*}). */
@ConfigMapping(prefix = "nianbao.console")
public interface ConsoleConfig {

    /** Base URL of parsing-service (its health is shown in the overview). */
    @WithDefault("http://localhost:8081")
    String parsingUrl();

    /** Base URL of validation-service (health, and re-validation through its replay endpoint). */
    @WithDefault("http://localhost:8082")
    String validationUrl();

    /** Base URL of notification-service (health). */
    @WithDefault("http://localhost:8083")
    String notificationUrl();

    /** How long a health check or a proxied call to another service may take. */
    @WithDefault("PT3S")
    Duration callTimeout();

    /** How long a Kafka admin call (offsets, consumer groups) may take. */
    @WithDefault("PT5S")
    Duration kafkaTimeout();

    /** The most dead-letter records listed per topic (the newest ones). */
    @WithDefault("200")
    int deadLetterLimit();

    /** The window of the rate figures, in minutes. */
    @WithDefault("15")
    int rateWindowMinutes();
}
