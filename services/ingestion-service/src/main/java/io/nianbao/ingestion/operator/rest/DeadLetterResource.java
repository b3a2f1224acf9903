package io.nianbao.ingestion.operator.rest;

import io.nianbao.auth.Roles;
import io.nianbao.ingestion.operator.domain.DeadLetter;
import io.nianbao.ingestion.operator.domain.DeadLetterService;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Records of the dead-letter topics, and their replay onto the topic they came from. */
@Path("/api/operator/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@Tag(name = "operator")
@RolesAllowed(Roles.OPERATOR)
public class DeadLetterResource {

    private final DeadLetterService deadLetters;

    public DeadLetterResource(DeadLetterService deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(summary = "The newest records of every *.dlq topic (or of ?topic=), newest first, with headers and"
            + " whether each was replayed")
    public List<DeadLetter> list(@QueryParam("topic") String topic, @QueryParam("limit") @DefaultValue("50") int limit) {
        return deadLetters.list(topic, limit);
    }

    @POST
    @Path("/{topic}/{partition}/{offset}/replay")
    @Operation(summary = "Publish the record's key and value again on its original topic, once"
            + " (409 already-replayed on a second request)")
    public DeadLetter replay(@PathParam("topic") String topic, @PathParam("partition") int partition,
                             @PathParam("offset") long offset) {
        return deadLetters.replay(topic, partition, offset);
    }
}
