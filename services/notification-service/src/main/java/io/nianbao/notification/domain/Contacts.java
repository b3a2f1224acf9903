package io.nianbao.notification.domain;

import java.time.Instant;

/** Where an agency's notices go, as last announced on {@code agencies.registered}. */
public record Contacts(String agencyId, String name, String email, String webhookUrl, Instant updatedAt) {

    /** The name to address the agency by: its registered name, else its id. */
    public String displayName() {
        return name == null || name.isBlank() ? agencyId : name;
    }
}
