package io.nianbao.notification.rest;

import io.nianbao.auth.Roles;
import io.nianbao.web.ApiException;
import io.nianbao.notification.domain.ReminderRun;
import io.nianbao.notification.domain.ReminderService;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Runs the deadline reminders now (the scheduled job does the same), for operators and tests. */
@Path("/api/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@RolesAllowed(Roles.OPERATOR)
public class ReminderResource {

    private final ReminderService reminders;

    public ReminderResource(ReminderService reminders) {
        this.reminders = reminders;
    }

    @POST
    @Path("/run")
    @Operation(summary = "Send the reminders or overdue notices due today (or on the given day, YYYY-MM-DD)",
            description = "Each agency gets each kind once per deadline; the answer lists the notices this run created.")
    public ReminderRun run(@QueryParam("today") String today) {
        LocalDate day;
        try {
            day = today == null || today.isBlank() ? reminders.today() : LocalDate.parse(today.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid-date", "日期格式应为 YYYY-MM-DD / today must be a date like 2026-01-24");
        }
        return reminders.run(day);
    }
}
