package io.nianbao.validation.repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.Date;
import java.util.List;
import java.util.Optional;

/** Collection {@code validation_replays}: the progress of each operator replay, {@code _id} = run id. */
@ApplicationScoped
public class ReplayRunStore {

    private final MongoCollection<Document> runs;

    public ReplayRunStore(MongoDatabase database) {
        this.runs = database.getCollection("validation_replays");
    }

    public void start(String runId, String catalogueVersion, List<String> submissionIds, String agencyId,
                      int count) {
        runs.insertOne(new Document("_id", runId)
                .append("status", ReplayRun.RUNNING)
                .append("catalogueVersion", catalogueVersion)
                .append("submissionIds", submissionIds)
                .append("agencyId", agencyId)
                .append("count", count)
                .append("validated", 0)
                .append("failed", 0)
                .append("startedAt", new Date()));
    }

    /** Counts one report of the run as re-validated or failed. */
    public void progress(String runId, boolean validated) {
        runs.updateOne(Filters.eq("_id", runId), Updates.inc(validated ? "validated" : "failed", 1));
    }

    public void finish(String runId) {
        runs.updateOne(Filters.eq("_id", runId), Updates.combine(Updates.set("status", ReplayRun.DONE),
                Updates.set("finishedAt", new Date())));
    }

    public Optional<ReplayRun> find(String runId) {
        Document d = runs.find(Filters.eq("_id", runId)).first();
        return Optional.ofNullable(d).map(doc -> new ReplayRun(doc.getString("_id"), doc.getString("status"),
                doc.getString("catalogueVersion"), doc.getList("submissionIds", String.class),
                doc.getString("agencyId"), doc.getInteger("count", 0), doc.getInteger("validated", 0),
                doc.getInteger("failed", 0), instant(doc.getDate("startedAt")), instant(doc.getDate("finishedAt"))));
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
