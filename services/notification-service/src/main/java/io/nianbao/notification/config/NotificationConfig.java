package io.nianbao.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** Settings of the notification service ({@code nianbao.*}). */
@ConfigMapping(prefix = "nianbao")
public interface NotificationConfig {

    /** Base URL of the public API; each notice links to {@code <public-url>/api/submissions/{id}}. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** Days after a correction notice by which the agency must submit again. */
    @WithDefault("10")
    int resubmitDays();

    /** Time zone of the dates printed in notices and of the reminder calendar. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    Webhook webhook();

    Mail mail();

    Delivery delivery();

    Reminders reminders();

    /** Webhook channel ({@code nianbao.webhook.*}). */
    interface Webhook {

        /** HMAC-SHA256 key of the {@code X-Nianbao-Signature} header, shared with the agencies. */
        @WithDefault("nianbao-dev-webhook-secret")
        String secret();

        /** Connect and response timeout of one webhook call. */
        @WithDefault("PT10S")
        Duration timeout();
    }

    /** E-mail channel ({@code nianbao.mail.*}); the SMTP server itself is {@code quarkus.mailer.*}. */
    interface Mail {

        /** Longest wait for the SMTP server to accept one mail. */
        @WithDefault("PT30S")
        Duration timeout();
    }

    /** Delivery loop and retries ({@code nianbao.delivery.*}). */
    interface Delivery {

        /** How often the delivery loop looks for due deliveries (a scheduler expression such as 2s). */
        @WithDefault("2s")
        String every();

        /** Wait after the first failed attempt; doubled after each further failure. */
        @WithDefault("PT2S")
        Duration initialBackoff();

        /** Longest wait between two attempts. */
        @WithDefault("PT5M")
        Duration maxBackoff();

        /** Attempts per delivery before it is given up as FAILED. */
        @WithDefault("8")
        int maxAttempts();

        /** Wait before trying again when the agency's contacts are not known yet (does not use up attempts). */
        @WithDefault("PT30S")
        Duration contactsRetry();

        /** How long one instance holds a delivery it is sending; another may take it over after that. */
        @WithDefault("PT2M")
        Duration lease();

        /** Delivery states not acknowledged by Kafka after this long are published again. */
        @WithDefault("PT10S")
        Duration republishAfter();
    }

    /** Deadline reminders ({@code nianbao.reminders.*}). */
    interface Reminders {

        /** The date by which agencies must submit (e.g. 2026-01-31); no reminders when absent. */
        Optional<LocalDate> deadline();

        /** A reminder goes out this many days before the deadline; an overdue notice after it. */
        @WithDefault("7")
        int daysBefore();

        /** How often the reminder job runs (a scheduler expression such as 1h, or off). */
        @WithDefault("1h")
        String every();
    }
}
