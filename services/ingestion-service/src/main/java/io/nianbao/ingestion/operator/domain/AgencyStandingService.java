package io.nianbao.ingestion.operator.domain;

import io.nianbao.web.ApiException;
import io.nianbao.ingestion.operator.repository.AgencyQueries;
import io.nianbao.ingestion.operator.repository.SubmissionQueries;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which registered agencies have not submitted yet, which are failing, which pass. */
@ApplicationScoped
public class AgencyStandingService {

    public static final Set<String> STATES = Set.of("NOT_SUBMITTED", "FAILING", "PENDING", "PASSING");

    private final AgencyQueries agencies;
    private final SubmissionQueries submissions;

    public AgencyStandingService(AgencyQueries agencies, SubmissionQueries submissions) {
        this.agencies = agencies;
        this.submissions = submissions;
    }

    /** Every registered agency with its standing, optionally only those in {@code state}. */
    public List<AgencyStanding> list(String state) {
        if (state != null && !state.isBlank() && !STATES.contains(state)) {
            throw ApiException.badRequest("invalid-state", "state 应为 " + String.join("、", STATES)
                    + " 之一 / state must be one of " + STATES);
        }
        Map<String, Document> latest = submissions.latestPerAgency();
        return agencies.all().stream()
                .map(a -> standing(a, latest.get(a.getString("_id"))))
                .filter(s -> state == null || state.isBlank() || s.state().equals(state))
                .toList();
    }

    private static AgencyStanding standing(Document agency, Document summary) {
        Date updated = agency.getDate("updatedAt");
        if (summary == null) {
            return new AgencyStanding(agency.getString("_id"), agency.getString("name"), agency.getString("email"),
                    updated == null ? null : updated.toInstant(), "NOT_SUBMITTED", 0, null);
        }
        String status = summary.getString("latestStatus");
        String state = switch (status == null ? "" : status) {
            case "FAILED" -> "FAILING";
            case "PASSED" -> "PASSING";
            default -> "PENDING";
        };
        Date at = summary.getDate("latestAt");
        return new AgencyStanding(agency.getString("_id"), agency.getString("name"), agency.getString("email"),
                updated == null ? null : updated.toInstant(), state, ((Number) summary.get("submissions")).intValue(),
                new AgencyStanding.Latest(summary.getString("latestId"), summary.getString("latestFile"), status,
                        at == null ? null : at.toInstant()));
    }
}
