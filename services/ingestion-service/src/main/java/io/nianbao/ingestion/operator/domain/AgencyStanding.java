package io.nianbao.ingestion.operator.domain;

import java.time.Instant;

/**
 * A registered agency and where its reporting stands.
 *
 * @param state        {@code NOT_SUBMITTED} (no submission yet), {@code FAILING} (its newest submission failed),
 *                     {@code PENDING} (its newest submission is not validated yet), {@code PASSING}
 * @param submissions  how many submissions it made
 * @param latest       its newest submission, or null
 */
public record AgencyStanding(String id, String name, String email, Instant registeredAt, String state,
                             int submissions, Latest latest) {

    /** The newest submission of an agency. */
    public record Latest(String id, String fileName, String status, Instant receivedAt) {
    }
}
