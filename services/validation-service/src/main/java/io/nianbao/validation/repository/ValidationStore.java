package io.nianbao.validation.repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import io.nianbao.events.EventCodec;
import io.nianbao.events.ReportValidated;
import io.nianbao.model.Report;
import io.nianbao.model.ReportJson;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.Optional;

/**
 * The validation service's collections: {@code validation_reports} (each parsed report, for cross-report rules
 * and re-validation) and {@code validation_results} (one result per submission and catalogue version, so a
 * re-validation after a catalogue change adds a result instead of replacing the old one).
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

    public Optional<ReportValidated> result(String submissionId, String catalogueVersion) {
        Document doc = results.find(Filters.eq("_id", resultId(submissionId, catalogueVersion))).first();
        return Optional.ofNullable(doc).map(d -> EventCodec.decode(d.get("event", Document.class).toJson(),
                ReportValidated.class));
    }

    public void saveResult(ReportValidated event) {
        Document doc = new Document("_id", resultId(event.submissionId(), event.catalogueVersion()))
                .append("submissionId", event.submissionId())
                .append("agencyId", event.agencyId())
                .append("verdict", event.verdict().name())
                .append("catalogueVersion", event.catalogueVersion())
                .append("validatedAt", java.util.Date.from(event.validatedAt()))
                .append("event", Document.parse(EventCodec.encode(event)));
        results.replaceOne(Filters.eq("_id", doc.get("_id")), doc, new ReplaceOptions().upsert(true));
    }

    public void saveReport(String submissionId, String agencyId, Report report) {
        Document doc = new Document("_id", submissionId)
                .append("agencyId", agencyId)
                .append("year", report.year())
                .append("report", Document.parse(EventCodec.encode(report)));
        reports.replaceOne(Filters.eq("_id", submissionId), doc, new ReplaceOptions().upsert(true));
    }

    /** The latest stored report of the agency for the given year, other than this submission's. */
    public Optional<Report> reportOf(String agencyId, int year, String exceptSubmissionId) {
        Document doc = reports.find(Filters.and(Filters.eq("agencyId", agencyId), Filters.eq("year", year),
                Filters.ne("_id", exceptSubmissionId))).sort(Sorts.descending("_id")).first();
        return Optional.ofNullable(doc).map(d -> {
            try {
                return ReportJson.mapper().readValue(d.get("report", Document.class).toJson(), Report.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("stored report of " + d.get("_id") + " is not readable", e);
            }
        });
    }

    private static String resultId(String submissionId, String catalogueVersion) {
        return submissionId + ":" + catalogueVersion;
    }
}
