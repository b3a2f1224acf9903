package io.nianbao.validation.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import io.nianbao.events.EventCodec;
import io.nianbao.events.ReportParsed;
import io.nianbao.events.ReportValidated;
import io.nianbao.model.Report;
import io.nianbao.model.ReportJson;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The validation service's collections: {@code validation_reports} (each readable parsed report with the context
 * of its first validation, for cross-report rules and replays) and {@code validation_results} (every result,
 * keyed by submission, catalogue version and run, so neither a catalogue change nor a replay replaces an older
 * result).
 */
@ApplicationScoped
public class ValidationStore {

    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> results;

    public ValidationStore(MongoDatabase database) {
        this.reports = database.getCollection("validation_reports");
        this.results = database.getCollection("validation_results");
    }

    @PostConstruct
    void indexes() {
        reports.createIndex(Indexes.ascending("agencyId", "year"));
        results.createIndex(Indexes.ascending("submissionId", "validatedAt"));
    }

    /** The result of one run of one catalogue version on a submission, if stored. */
    public Optional<ReportValidated> result(String submissionId, String catalogueVersion, String runId) {
        Document doc = results.find(Filters.eq("_id", resultId(submissionId, catalogueVersion, runId))).first();
        return Optional.ofNullable(doc).map(ValidationStore::event);
    }

    /** Stores a result under its submission, catalogue version and run (a second save of the same key replaces). */
    public void saveResult(ReportValidated event, String runId) {
        Document doc = new Document("_id", resultId(event.submissionId(), event.catalogueVersion(), runId))
                .append("submissionId", event.submissionId())
                .append("agencyId", event.agencyId())
                .append("runId", runId)
                .append("verdict", event.verdict().name())
                .append("catalogueVersion", event.catalogueVersion())
                .append("validatedAt", Date.from(event.validatedAt()))
                .append("event", Document.parse(EventCodec.encode(event)));
        results.replaceOne(Filters.eq("_id", doc.get("_id")), doc, new ReplaceOptions().upsert(true));
    }

    /** Every stored result of a submission, newest first. */
    public List<StoredResult> results(String submissionId) {
        List<StoredResult> list = new ArrayList<>();
        results.find(Filters.eq("submissionId", submissionId))
                .sort(Sorts.orderBy(Sorts.descending("validatedAt"), Sorts.descending("_id")))
                .forEach(d -> list.add(new StoredResult(d.getString("runId"), event(d))));
        return list;
    }

    /** Keeps a readable report with the context of its validation (replaces an earlier copy). */
    public void saveReport(ReportParsed parsed, Integer expectedYear) {
        Report report = parsed.report();
        Document doc = new Document("_id", parsed.submissionId())
                .append("agencyId", parsed.agencyId())
                .append("agencyName", parsed.agencyName())
                .append("fileName", parsed.fileName())
                .append("receivedAt", date(parsed.receivedAt()))
                .append("parsedAt", date(parsed.parsedAt()))
                .append("expectedYear", expectedYear)
                .append("year", report.year())
                .append("report", Document.parse(EventCodec.encode(report)));
        reports.replaceOne(Filters.eq("_id", parsed.submissionId()), doc, new ReplaceOptions().upsert(true));
    }

    /** A stored report with its context. */
    public Optional<StoredReport> report(String submissionId) {
        Document doc = reports.find(Filters.eq("_id", submissionId)).first();
        return Optional.ofNullable(doc).map(d -> new StoredReport(d.getString("_id"), d.getString("agencyId"),
                d.getString("agencyName"), d.getString("fileName"), instant(d.getDate("receivedAt")),
                instant(d.getDate("parsedAt")), d.getInteger("expectedYear"), report(d)));
    }

    /**
     * Ids of the stored reports selected by submission ids and/or agency (null = no restriction), in id order.
     */
    public List<String> reportIds(List<String> submissionIds, String agencyId) {
        List<Bson> filters = new ArrayList<>();
        if (submissionIds != null) {
            filters.add(Filters.in("_id", submissionIds));
        }
        if (agencyId != null) {
            filters.add(Filters.eq("agencyId", agencyId));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        List<String> ids = new ArrayList<>();
        reports.find(filter).projection(Projections.include("_id")).sort(Sorts.ascending("_id"))
                .forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    /** The latest stored report of the agency for the given year, other than this submission's. */
    public Optional<Report> reportOf(String agencyId, int year, String exceptSubmissionId) {
        Document doc = reports.find(Filters.and(Filters.eq("agencyId", agencyId), Filters.eq("year", year),
                Filters.ne("_id", exceptSubmissionId))).sort(Sorts.descending("_id")).first();
        return Optional.ofNullable(doc).map(ValidationStore::report);
    }

    private static Report report(Document doc) {
        try {
            return ReportJson.mapper().readValue(doc.get("report", Document.class).toJson(), Report.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored report of " + doc.get("_id") + " is not readable", e);
        }
    }

    private static ReportValidated event(Document doc) {
        return EventCodec.decode(doc.get("event", Document.class).toJson(), ReportValidated.class);
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String resultId(String submissionId, String catalogueVersion, String runId) {
        return submissionId + ":" + catalogueVersion + ":" + runId;
    }
}
