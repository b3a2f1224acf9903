package io.nianbao.ingestion.rest;

import io.nianbao.ingestion.domain.ApiException;
import io.nianbao.ingestion.domain.StoredFile;
import io.nianbao.ingestion.domain.SubmissionService;
import io.nianbao.ingestion.repository.SubmissionRepository;
import io.smallrye.common.annotation.Blocking;
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

/** Receives annual reports and shows where each one is in the pipeline. */
@Path("/api/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SubmissionResource {

    private final SubmissionService service;
    private final SubmissionRepository submissions;

    public SubmissionResource(SubmissionService service, SubmissionRepository submissions) {
        this.service = service;
        this.submissions = submissions;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Submit a report file (multipart: agencyId, file)",
            description = "202 with the submission; the same bytes from the same agency return the same submission.")
    public Response submit(@RestForm("agencyId") String agencyId, @RestForm("file") FileUpload file) {
        StoredFile stored = file == null ? null
                : new StoredFile(file.uploadedFile(), file.fileName(), file.contentType(), file.size());
        SubmissionService.Received received = service.submit(agencyId, stored);
        SubmissionView view = SubmissionView.of(received.submission());
        return Response.accepted(view).location(URI.create("/api/submissions/" + view.id())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A submission's status, findings, notices and history")
    public SubmissionView get(@PathParam("id") String id) {
        return submissions.find(id).map(SubmissionView::of).orElseThrow(() -> ApiException.notFound(
                "unknown-submission", "没有编号为 " + id + " 的报送 / no submission with id " + id));
    }

    @GET
    @Operation(summary = "Submissions, newest first, filtered by agency and status")
    public List<SubmissionView> list(@QueryParam("agencyId") String agencyId, @QueryParam("status") String status,
                                     @QueryParam("limit") @DefaultValue("100") int limit) {
        return submissions.list(agencyId, status, Math.max(1, Math.min(limit, 1000))).stream()
                .map(SubmissionView::of).toList();
    }
}
