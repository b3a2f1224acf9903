package io.nianbao.validation.domain;

import io.nianbao.events.ReportParsed;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Names of validation runs, part of every stored result's key. The first validation of a {@code reports.parsed}
 * record is named after the record ({@code parsed-<parsedAt>}), so a redelivery finds its stored result; each
 * replay gets a fresh {@code replay-<uuid>}, so it adds results instead of replacing them.
 */
public final class RunIds {

    private RunIds() {
    }

    /** The run id of the first validation of this record (stable across redeliveries). */
    public static String parsed(ReportParsed parsed) {
        Instant at = parsed.parsedAt();
        return at == null ? "parsed" : "parsed-" + at.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A new replay run id. */
    public static String newReplay() {
        return "replay-" + UUID.randomUUID();
    }
}
