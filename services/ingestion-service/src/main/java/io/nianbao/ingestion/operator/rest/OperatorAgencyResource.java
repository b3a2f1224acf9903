package io.nianbao.ingestion.operator.rest;

import io.nianbao.auth.Roles;
import io.nianbao.ingestion.operator.domain.AgencyStanding;
import io.nianbao.ingestion.operator.domain.AgencyStandingService;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Registered agencies with their standing: not submitted yet, failing, pending, passing. */
@Path("/api/operator/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@Tag(name = "operator")
@RolesAllowed(Roles.OPERATOR)
public class OperatorAgencyResource {

    private final AgencyStandingService standings;

    public OperatorAgencyResource(AgencyStandingService standings) {
        this.standings = standings;
    }

    @GET
    @Operation(summary = "Every registered agency and its standing; state = NOT_SUBMITTED | FAILING | PENDING | PASSING")
    public List<AgencyStanding> list(@QueryParam("state") String state) {
        return standings.list(state);
    }
}
