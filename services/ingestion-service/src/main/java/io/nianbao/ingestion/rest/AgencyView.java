package io.nianbao.ingestion.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.nianbao.ingestion.domain.Agency;

import java.time.Instant;

/**
 * A registered agency as the API shows it. {@code apiKey} appears only in the answer that issued it (first
 * registration or a rotation): the agency logs in with HTTP Basic {@code id:apiKey}; it is stored only hashed.
 */
public record AgencyView(String id, String name, String email, String webhookUrl, Instant updatedAt,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String apiKey) {

    static AgencyView of(Agency agency, String apiKey) {
        return new AgencyView(agency.id(), agency.name(), agency.email(), agency.webhookUrl(), agency.updatedAt(),
                apiKey);
    }
}
