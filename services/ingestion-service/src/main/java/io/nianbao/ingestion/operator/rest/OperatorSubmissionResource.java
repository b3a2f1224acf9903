package io.nianbao.ingestion.operator.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.nianbao.auth.Roles;
import io.nianbao.web.ApiException;
import io.nianbao.ingestion.operator.client.ValidationClient;
import io.nianbao.ingestion.operator.repository.SubmissionQueries;
import io.nianbao.ingestion.rest.SubmissionView;
import io.nianbao.model.ReportJson;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bson.Document;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Submissions searched by agency, status and rule, and the tables of a submission's parsed report. */
@Path("/api/operator/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@Tag(name = "operator")
@RolesAllowed(Roles.OPERATOR)
public class OperatorSubmissionResource {

    private final SubmissionQueries submissions;
    private final ValidationClient validation;

    public OperatorSubmissionResource(SubmissionQueries submissions, ValidationClient validation) {
        this.submissions = submissions;
        this.validation = validation;
    }

    /** Table 3 and Table 4 of a submission's parsed report, as the canonical model has them. */
    public record ReportTables(String submissionId, String template, JsonNode applications,
                               JsonNode reviewLitigation) {
    }

    @GET
    @Operation(summary = "Submissions, newest first: agency (id, or part of id, name or file name), status"
            + " (or UNREADABLE), rule id among the findings")
    public List<SubmissionView> search(@QueryParam("agency") String agency, @QueryParam("status") String status,
                                       @QueryParam("rule") String rule,
                                       @QueryParam("limit") @DefaultValue("200") int limit) {
        return submissions.search(agency, status, rule, Math.max(1, Math.min(limit, 1000))).stream()
                .map(SubmissionView::of).toList();
    }

    @GET
    @Path("/{id}/report")
    @Operation(summary = "Table 3 and Table 4 of the submission's parsed report (404 no-report before parsing,"
            + " for an unreadable file, or for submissions parsed before the console existed)")
    public ReportTables report(@PathParam("id") String id) {
        Document doc = submissions.tables(id).orElseThrow(() -> ApiException.notFound("unknown-submission",
                "没有编号为 " + id + " 的报送 / no submission with id " + id));
        String json = doc.getString("reportTables");
        if (json == null) {
            throw ApiException.notFound("no-report", "该报送没有可显示的表格（尚未解析或无法读取）"
                    + " / no parsed tables stored for submission " + id);
        }
        try {
            JsonNode tables = ReportJson.mapper().readTree(json);
            return new ReportTables(id, doc.getString("reportTemplate"), tables.get("applications"),
                    tables.get("reviewLitigation"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored tables of " + id + " are not JSON", e);
        }
    }

    @GET
    @Path("/{id}/results")
    @Operation(summary = "Every stored validation result of the submission (validation-service), newest first")
    public Response results(@PathParam("id") String id) {
        return RevalidationResource.relay(validation.results(id));
    }
}
