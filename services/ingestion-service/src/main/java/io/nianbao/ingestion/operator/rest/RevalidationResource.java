package io.nianbao.ingestion.operator.rest;

import io.nianbao.auth.Roles;
import io.nianbao.ingestion.operator.client.ValidationClient;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Re-validation of stored reports and the rule catalogue, through validation-service's operator API
 * ({@code /api/validation/...}); its answers (and error codes) are passed on unchanged.
 */
@Path("/api/operator")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@Tag(name = "operator")
@RolesAllowed(Roles.OPERATOR)
public class RevalidationResource {

    private final ValidationClient validation;

    public RevalidationResource(ValidationClient validation) {
        this.validation = validation;
    }

    @POST
    @Path("/revalidations")
    @Operation(summary = "Start a re-validation: body {\"submissionIds\": [...]} and/or {\"agencyId\": \"...\"};"
            + " empty = every stored report. 202 {runId, count, catalogueVersion}")
    public Response start(String body) {
        return relay(validation.startReplay(body));
    }

    @GET
    @Path("/revalidations/{runId}")
    @Operation(summary = "Progress of a re-validation run: RUNNING or DONE, validated and failed counts")
    public Response run(@PathParam("runId") String runId) {
        return relay(validation.replay(runId));
    }

    @GET
    @Path("/catalogue")
    @Operation(summary = "The rule catalogue validation-service applies now")
    public Response catalogue() {
        return relay(validation.catalogue());
    }

    static Response relay(ValidationClient.Answer answer) {
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.body()).build();
    }
}
