package io.nianbao.ingestion.operator.repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Read-only queries of the operator API over this service's own collection {@code ingestion_submissions}
 * (plain finds and simple aggregations, which the dev stack's store supports as well).
 */
@ApplicationScoped
public class SubmissionQueries {

    static final String COLLECTION = "ingestion_submissions";

    private final MongoCollection<Document> submissions;

    public SubmissionQueries(MongoDatabase database) {
        this.submissions = database.getCollection(COLLECTION);
    }

    /** Number of submissions per status. */
    public Map<String, Long> countByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Document d : submissions.aggregate(List.of(Aggregates.group("$status", Accumulators.sum("n", 1))))) {
            counts.put(String.valueOf(d.get("_id")), ((Number) d.get("n")).longValue());
        }
        return counts;
    }

    /** Submissions the parser could not read. */
    public long unreadable() {
        return submissions.countDocuments(Filters.eq("history.status", "UNREADABLE"));
    }

    /**
     * History entries and notice states of every submission with a step at or after {@code since} (history
     * entries' {@code at} are ISO-8601 instants, which order as text), or a notice state change since then.
     */
    public List<Document> activitySince(Instant since) {
        return submissions.find(Filters.or(Filters.gte("history.at", since.toString()),
                        Filters.gte("lastNoticeAt", Date.from(since))))
                .projection(Projections.include("history", "notices")).into(new ArrayList<>());
    }

    /**
     * Submissions, newest first. {@code agency} matches the agency id exactly or a part of the agency id, the
     * registered name, the name printed in the report or the file name; {@code status} is a status or
     * {@code UNREADABLE}; {@code rule} a rule id among the findings.
     */
    public List<Document> search(String agency, String status, String rule, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (agency != null && !agency.isBlank()) {
            Pattern part = Pattern.compile(Pattern.quote(agency.strip()), Pattern.CASE_INSENSITIVE);
            filters.add(Filters.or(Filters.eq("agencyId", agency.strip()), Filters.regex("agencyId", part),
                    Filters.regex("agencyName", part), Filters.regex("reportAgency", part),
                    Filters.regex("fileName", part)));
        }
        if (status != null && !status.isBlank()) {
            filters.add("UNREADABLE".equals(status) ? Filters.eq("history.status", "UNREADABLE")
                    : Filters.eq("status", status));
        }
        if (rule != null && !rule.isBlank()) {
            filters.add(Filters.eq("findings.rule", rule.strip()));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        return submissions.find(filter).projection(Projections.exclude("reportTables"))
                .sort(Sorts.descending("receivedAt")).limit(limit).into(new ArrayList<>());
    }

    /** The stored Table 3 and Table 4 of a submission (null when never parsed, unreadable, or stored before). */
    public Optional<Document> tables(String id) {
        return Optional.ofNullable(submissions.find(Filters.eq("_id", id))
                .projection(Projections.include("reportTables", "reportTemplate")).first());
    }

    /**
     * Per agency: how many submissions, and the newest one's id, file, status and time ({@code _id} = agency id).
     */
    public Map<String, Document> latestPerAgency() {
        Map<String, Document> byAgency = new LinkedHashMap<>();
        List<Bson> pipeline = List.of(
                Aggregates.sort(Sorts.descending("receivedAt")),
                Aggregates.group("$agencyId",
                        Accumulators.sum("submissions", 1),
                        Accumulators.first("latestId", "$_id"),
                        Accumulators.first("latestFile", "$fileName"),
                        Accumulators.first("latestStatus", "$status"),
                        Accumulators.first("latestAt", "$receivedAt")));
        for (Document d : submissions.aggregate(pipeline)) {
            byAgency.put(d.getString("_id"), d);
        }
        return byAgency;
    }

    public long count() {
        return submissions.countDocuments();
    }
}
