package io.nianbao.ingestion.rest;

import io.nianbao.auth.Roles;
import io.nianbao.ingestion.domain.Agency;
import io.nianbao.ingestion.domain.AgencyCredentials;
import io.nianbao.ingestion.domain.AgencyService;
import io.nianbao.web.ApiException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Agencies that may submit reports, and where their notices go. */
@Path("/api/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class AgencyResource {

    private final AgencyService agencies;
    private final AgencyCredentials credentials;
    private final SecurityIdentity identity;

    public AgencyResource(AgencyService agencies, AgencyCredentials credentials, SecurityIdentity identity) {
        this.agencies = agencies;
        this.credentials = credentials;
        this.identity = identity;
    }

    @PUT
    @Path("/{agencyId}")
    @RolesAllowed({Roles.OPERATOR, Roles.PLATFORM})
    @Operation(summary = "Register or update an agency (operator, platform)",
            description = "The first registration answers with the agency's apiKey, shown only this once.")
    public AgencyView put(@PathParam("agencyId") String agencyId, AgencyRequest request) {
        if (request == null) {
            throw ApiException.badRequest("missing-body", "请求体缺失 / a JSON body {name, email, webhookUrl} is required");
        }
        Agency agency = agencies.register(agencyId, request.name(), request.email(), request.webhookUrl());
        return AgencyView.of(agency, credentials.issueIfNone(agency.id()).orElse(null));
    }

    @POST
    @Path("/{agencyId}/key")
    @RolesAllowed({Roles.OPERATOR, Roles.PLATFORM})
    @Operation(summary = "Issue a new API key for an agency (operator, platform); the old key stops working")
    public AgencyView rotateKey(@PathParam("agencyId") String agencyId) {
        Agency agency = agencies.get(agencyId);
        return AgencyView.of(agency, credentials.rotate(agency.id()));
    }

    @GET
    @Path("/{agencyId}")
    @RolesAllowed({Roles.OPERATOR, Roles.PLATFORM, Roles.AGENCY})
    @Operation(summary = "Read a registered agency (an agency only itself)")
    public AgencyView get(@PathParam("agencyId") String agencyId) {
        Caller.requireSelfOrPlatform(identity, agencyId);
        return AgencyView.of(agencies.get(agencyId), null);
    }
}
