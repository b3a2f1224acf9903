package io.nianbao.validation.rest;

import io.nianbao.auth.Roles;
import io.nianbao.web.ApiException;
import io.nianbao.validation.domain.ReplayService;
import io.nianbao.validation.domain.ReportValidator;
import io.nianbao.validation.repository.ReplayRun;
import io.nianbao.validation.repository.ValidationStore;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.net.URI;
import java.util.List;

/** Operators' view of validation: the catalogue, every stored result of a submission, and replays. */
@Path("/api/validation")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@RolesAllowed(Roles.OPERATOR)
public class ValidationResource {

    private final ReportValidator validator;
    private final ValidationStore store;
    private final ReplayService replays;

    public ValidationResource(ReportValidator validator, ValidationStore store, ReplayService replays) {
        this.validator = validator;
        this.store = store;
        this.replays = replays;
    }

    @GET
    @Path("/catalogue")
    @Operation(summary = "The rule catalogue applied now: version and rule definitions")
    public CatalogueView catalogue() {
        return CatalogueView.of(validator.catalogueVersion(), validator.catalogue());
    }

    @GET
    @Path("/results/{submissionId}")
    @Operation(summary = "Every stored validation result of a submission, newest first",
            description = "One per run: the first validation (runId parsed-…) and each replay (runId replay-…).")
    public List<ResultView> results(@PathParam("submissionId") String submissionId) {
        List<ResultView> results = store.results(submissionId).stream().map(ResultView::of).toList();
        if (results.isEmpty()) {
            throw ApiException.notFound("unknown-submission",
                    "没有编号为 " + submissionId + " 的审查结果 / no validation result for submission " + submissionId);
        }
        return results;
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Re-validate stored reports with the current catalogue",
            description = "Body optional: {\"submissionIds\": [...]} and/or {\"agencyId\": \"...\"}; none = every"
                    + " stored report. 202 with the run id; each new result is stored beside the older ones and"
                    + " published to reports.validated.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReplayRequest.class)))
    public Response replay(String body) {
        ReplayRequest request = ReplayRequest.parse(body);
        ReplayRun run = replays.start(request.submissionIds(), request.agencyId());
        return Response.accepted(new ReplayAccepted(run.runId(), run.count(), run.catalogueVersion()))
                .location(URI.create("/api/validation/replays/" + run.runId())).build();
    }

    @GET
    @Path("/replays/{runId}")
    @Operation(summary = "Progress of a replay: RUNNING or DONE, with counts of validated and failed reports")
    public ReplayRun replayRun(@PathParam("runId") String runId) {
        return replays.find(runId).orElseThrow(() -> ApiException.notFound("unknown-replay",
                "没有编号为 " + runId + " 的重新审查 / no replay run " + runId));
    }
}
