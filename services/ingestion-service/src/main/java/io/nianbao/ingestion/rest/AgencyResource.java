package io.nianbao.ingestion.rest;

import io.nianbao.ingestion.domain.Agency;
import io.nianbao.ingestion.domain.AgencyService;
import io.nianbao.ingestion.domain.ApiException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Agencies that may submit reports, and where their notices go. */
@Path("/api/agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    private final AgencyService agencies;

    public AgencyResource(AgencyService agencies) {
        this.agencies = agencies;
    }

    @PUT
    @Path("/{agencyId}")
    @Operation(summary = "Register or update an agency")
    public Agency put(@PathParam("agencyId") String agencyId, AgencyRequest request) {
        if (request == null) {
            throw ApiException.badRequest("missing-body", "请求体缺失 / a JSON body {name, email, webhookUrl} is required");
        }
        return agencies.register(agencyId, request.name(), request.email(), request.webhookUrl());
    }

    @GET
    @Path("/{agencyId}")
    @Operation(summary = "Read a registered agency")
    public Agency get(@PathParam("agencyId") String agencyId) {
        return agencies.get(agencyId);
    }
}
