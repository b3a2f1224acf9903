package io.nianbao.ingestion.rest;

/** Body of {@code PUT /api/agencies/{id}}. */
public record AgencyRequest(String name, String email, String webhookUrl) {
}
