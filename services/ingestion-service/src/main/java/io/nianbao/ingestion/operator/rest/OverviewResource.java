package io.nianbao.ingestion.operator.rest;

import io.nianbao.auth.Roles;
import io.nianbao.ingestion.operator.domain.Overview;
import io.nianbao.ingestion.operator.domain.OverviewService;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pipeline at a glance, for the console's 总览. */
@Path("/api/operator/overview")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@Tag(name = "operator")
@RolesAllowed(Roles.OPERATOR)
public class OverviewResource {

    private final OverviewService overview;

    public OverviewResource(OverviewService overview) {
        this.overview = overview;
    }

    @GET
    @Operation(summary = "Per stage: records in/out, consumer lag, rate, dead letters; totals; service health")
    public Overview get() {
        return overview.overview();
    }
}
