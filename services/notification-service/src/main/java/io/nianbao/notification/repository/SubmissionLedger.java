package io.nianbao.notification.repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.nianbao.events.ReportValidated;
import io.nianbao.events.SubmissionReceived;
import io.nianbao.model.Verdict;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * What this service knows about submissions (collection {@code notification_submissions}): who submitted when
 * (from {@code reports.submitted}) and the verdict for which report year (from {@code reports.validated}).
 * Used to tell a resubmission that passed after a failure, and agencies that have not submitted at all.
 */
@ApplicationScoped
public class SubmissionLedger {

    static final String COLLECTION = "notification_submissions";

    private final MongoCollection<Document> submissions;

    public SubmissionLedger(MongoDatabase database) {
        this.submissions = database.getCollection(COLLECTION);
    }

    @PostConstruct
    void indexes() {
        submissions.createIndex(Indexes.ascending("agencyId", "reportYear", "validatedAt"));
        submissions.createIndex(Indexes.ascending("agencyId", "receivedAt"));
    }

    public void received(SubmissionReceived event) {
        submissions.updateOne(Filters.eq("_id", event.submissionId()), Updates.combine(
                Updates.set("agencyId", event.agencyId()),
                Updates.set("receivedAt", Date.from(event.receivedAt()))), new UpdateOptions().upsert(true));
    }

    /**
     * Records the verdict unless a newer validation of the same submission is recorded already; true when it is
     * a verdict not seen before (later than the recorded one), false for a redelivery or an older one.
     */
    public boolean validated(ReportValidated event) {
        Date at = Date.from(event.validatedAt());
        Document existing = submissions.find(Filters.eq("_id", event.submissionId())).first();
        Date recorded = existing == null ? null : existing.getDate("validatedAt");
        if (recorded != null && recorded.after(at)) {
            return false;
        }
        submissions.updateOne(Filters.eq("_id", event.submissionId()), Updates.combine(
                Updates.set("agencyId", event.agencyId()),
                Updates.set("reportYear", event.reportYear()),
                Updates.set("verdict", event.verdict().name()),
                Updates.set("validatedAt", at)), new UpdateOptions().upsert(true));
        return recorded == null || recorded.before(at);
    }

    /** When the submission was received, if {@code reports.submitted} told this service. */
    public Optional<Instant> receivedAt(String submissionId) {
        return Optional.ofNullable(submissions.find(Filters.eq("_id", submissionId)).first())
                .map(d -> d.getDate("receivedAt")).map(Date::toInstant);
    }

    /**
     * The most recent verdict on another submission of the agency for the same report year that was validated
     * before {@code before}; empty when there is none.
     */
    public Optional<PriorVerdict> previous(String agencyId, int reportYear, String exceptSubmissionId, Instant before) {
        Document doc = submissions.find(Filters.and(Filters.eq("agencyId", agencyId),
                        Filters.eq("reportYear", reportYear), Filters.ne("_id", exceptSubmissionId),
                        Filters.lt("validatedAt", Date.from(before))))
                .sort(Sorts.descending("validatedAt")).first();
        return Optional.ofNullable(doc).map(d -> new PriorVerdict(d.getString("_id"),
                Verdict.valueOf(d.getString("verdict")), d.getDate("validatedAt").toInstant()));
    }

    /** The most recent verdict on another submission of the same agency and report year validated after {@code after}. */
    public Optional<PriorVerdict> later(String agencyId, int reportYear, String exceptSubmissionId, Instant after) {
        Document doc = submissions.find(Filters.and(Filters.eq("agencyId", agencyId),
                        Filters.eq("reportYear", reportYear), Filters.ne("_id", exceptSubmissionId),
                        Filters.gt("validatedAt", Date.from(after))))
                .sort(Sorts.descending("validatedAt")).first();
        return Optional.ofNullable(doc).map(d -> new PriorVerdict(d.getString("_id"),
                Verdict.valueOf(d.getString("verdict")), d.getDate("validatedAt").toInstant()));
    }

    /** Whether the agency submitted a report for {@code reportYear}, or anything at all since {@code since}. */
    public boolean hasSubmitted(String agencyId, int reportYear, Instant since) {
        return submissions.find(Filters.and(Filters.eq("agencyId", agencyId), Filters.or(
                Filters.eq("reportYear", reportYear), Filters.gte("receivedAt", Date.from(since))))).first() != null;
    }

    /** An earlier verdict on a submission. */
    public record PriorVerdict(String submissionId, Verdict verdict, Instant validatedAt) {
    }
}
