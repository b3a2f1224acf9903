package io.nianbao.events;

import java.time.Instant;

/** An agency was registered or its contacts changed (keyed by agency id). */
public record AgencyRegistered(String agencyId, String name, String email, String webhookUrl, Instant updatedAt) {
}
