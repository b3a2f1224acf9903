package io.nianbao.notification.rest;

import io.nianbao.auth.Roles;
import io.nianbao.web.ApiException;
import io.nianbao.notification.domain.Delivery;
import io.nianbao.notification.domain.Notice;
import io.nianbao.notification.repository.DeliveryRepository;
import io.nianbao.notification.repository.NoticeRepository;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Notices and their delivery states, for operators. */
@Path("/api/notices")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@RolesAllowed(Roles.OPERATOR)
public class NoticeResource {

    private final NoticeRepository notices;
    private final DeliveryRepository deliveries;

    public NoticeResource(NoticeRepository notices, DeliveryRepository deliveries) {
        this.notices = notices;
        this.deliveries = deliveries;
    }

    @GET
    @Operation(summary = "Notices, newest first, filtered by submission, agency and kind, with delivery states")
    public List<NoticeView> list(@QueryParam("submissionId") String submissionId,
                                 @QueryParam("agencyId") String agencyId, @QueryParam("kind") String kind,
                                 @QueryParam("limit") @DefaultValue("100") int limit) {
        List<Notice> found = notices.list(submissionId, agencyId, kind, Math.max(1, Math.min(limit, 1000)));
        List<Delivery> states = found.isEmpty() ? List.of()
                : deliveries.forNotices(found.stream().map(Notice::id).toList());
        return found.stream().map(n -> NoticeView.of(n, states, false)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One notice with its plain text and delivery states")
    public NoticeView get(@PathParam("id") String id) {
        Notice notice = notices.find(id).orElseThrow(() -> ApiException.notFound("unknown-notice",
                "没有编号为 " + id + " 的通知 / no notice with id " + id));
        return NoticeView.of(notice, deliveries.forNotice(id), true);
    }
}
