package io.nianbao.ingestion.rest;

import io.nianbao.auth.Roles;
import io.nianbao.web.ApiException;
import io.nianbao.ingestion.domain.Batch;
import io.nianbao.ingestion.domain.BatchCounts;
import io.nianbao.ingestion.domain.BatchHeader;
import io.nianbao.ingestion.domain.BatchService;
import io.nianbao.ingestion.domain.StoredFile;
import io.nianbao.ingestion.domain.SubmissionState;
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
import java.util.Map;

/** Bulk intake: a zip of reports becomes a batch of submissions, followed as one. */
@Path("/api/batches")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@RolesAllowed({Roles.OPERATOR, Roles.PLATFORM})
public class BatchResource {

    private final BatchService batches;

    public BatchResource(BatchService batches) {
        this.batches = batches;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Submit a zip of reports (multipart: file, optional agencyId)",
            description = "Every entry becomes a submission or is rejected with a reason; 202 with the batch. "
                    + "The agency of an entry comes from manifest.csv in the zip (file,agencyId), else from the "
                    + "agencyId field, else from the agency named in the report's title.")
    public Response submit(@RestForm("file") FileUpload file, @RestForm("agencyId") String agencyId) {
        StoredFile zip = file == null ? null
                : new StoredFile(file.uploadedFile(), file.fileName(), file.contentType(), file.size());
        Batch batch = batches.receive(zip, agencyId);
        BatchView view = view(batch);
        return Response.accepted(view).location(URI.create("/api/batches/" + view.id())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A batch with every entry's status, rejection reason or error rules")
    public BatchView get(@PathParam("id") String id) {
        return batches.find(id).map(this::view).orElseThrow(() -> ApiException.notFound("unknown-batch",
                "没有编号为 " + id + " 的批次 / no batch with id " + id));
    }

    @GET
    @Operation(summary = "Batches, newest first, with their counts (without the file lists)")
    public List<BatchView> list(@QueryParam("limit") @DefaultValue("50") int limit) {
        List<BatchHeader> headers = batches.newest(Math.max(1, Math.min(limit, 500)));
        Map<String, BatchCounts> counts = batches.counts(headers);
        return headers.stream().map(h -> BatchView.summary(h, counts.get(h.id()))).toList();
    }

    private BatchView view(Batch batch) {
        Map<String, SubmissionState> states = batches.states(batch);
        return BatchView.of(batch, batches.counts(batch, states), states);
    }
}
