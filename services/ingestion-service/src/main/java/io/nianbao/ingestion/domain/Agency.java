package io.nianbao.ingestion.domain;

import java.time.Instant;

/** A registered agency: who may submit, and where its notices go. */
public record Agency(String id, String name, String email, String webhookUrl, Instant updatedAt) {
}
