package io.nianbao.ingestion.rest;

import io.nianbao.web.ApiException;
import io.nianbao.ingestion.domain.StoredFile;
import io.nianbao.ingestion.domain.SubmissionService;
import io.nianbao.ingestion.repository.SubmissionRepository;
import io.nianbao.auth.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Receives annual reports and shows where each one is in the pipeline. */
@Path("/api/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SubmissionResource {

    private final SubmissionService service;
    private final SubmissionRepository submissions;
    private final SecurityIdentity identity;

    public SubmissionResource(SubmissionService service, SubmissionRepository submissions,
                              SecurityIdentity identity) {
        this.service = service;
        this.submissions = submissions;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.OPERATOR, Roles.PLATFORM, Roles.AGENCY})
    @Operation(summary = "Submit a report file (multipart: agencyId, file); an agency only for itself",
            description = "202 with the submission; the same bytes from the same agency return the same submission.")
    public Response submit(@RestForm("agencyId") String agencyId, @RestForm("file") FileUpload file) {
        Caller.requireSelfOrPlatform(identity, agencyId);
        StoredFile stored = file == null ? null
                : new StoredFile(file.uploadedFile(), file.fileName(), file.contentType(), file.size());
        SubmissionService.Received received = service.submit(agencyId, stored);
        SubmissionView view = SubmissionView.of(received.submission());
        return Response.accepted(view).location(URI.create("/api/submissions/" + view.id())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.PLATFORM, Roles.AGENCY})
    @Operation(summary = "A submission's status, findings, notices and history (an agency only its own)")
    public SubmissionView get(@PathParam("id") String id) {
        Optional<String> self = Caller.agency(identity);
        // another agency's submission is "not found" for an agency: ids are not confirmed to strangers
        return submissions.find(id).map(SubmissionView::of)
                .filter(view -> self.isEmpty() || self.get().equals(view.agencyId()))
                .orElseThrow(() -> ApiException.notFound(
                        "unknown-submission", "没有编号为 " + id + " 的报送 / no submission with id " + id));
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.PLATFORM, Roles.AGENCY})
    @Operation(summary = "Submissions, newest first, filtered by agency and status (an agency sees its own)")
    public List<SubmissionView> list(@QueryParam("agencyId") String agencyId, @QueryParam("status") String status,
                                     @QueryParam("limit") @DefaultValue("100") int limit) {
        Optional<String> self = Caller.agency(identity);
        if (self.isPresent()) {
            Caller.requireSelfOrPlatform(identity, agencyId == null ? self.get() : agencyId);
            agencyId = self.get();
        }
        return submissions.list(agencyId, status, Math.max(1, Math.min(limit, 1000))).stream()
                .map(SubmissionView::of).toList();
    }
}
