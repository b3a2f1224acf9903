package io.nianbao.ingestion.repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.nianbao.ingestion.domain.Batch;
import io.nianbao.ingestion.domain.BatchFile;
import io.nianbao.ingestion.domain.BatchHeader;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Batches as received (collection {@code ingestion_batches}): the zip's name, when it came, and every entry with
 * its submission id or rejection reason. Written once; progress is not stored here but read from the
 * submissions, which carry the batch id in {@code batchIds}.
 */
@ApplicationScoped
public class BatchRepository {

    static final String COLLECTION = "ingestion_batches";

    private final MongoCollection<Document> batches;

    public BatchRepository(MongoDatabase database) {
        this.batches = database.getCollection(COLLECTION);
    }

    @PostConstruct
    void indexes() {
        batches.createIndex(Indexes.descending("receivedAt"));
    }

    public void insert(Batch batch) {
        List<Document> files = batch.files().stream().map(f -> new Document("name", f.name())
                .append("agencyId", f.agencyId())
                .append("submissionId", f.submissionId())
                .append("reason", f.reason())).toList();
        batches.insertOne(new Document("_id", batch.id())
                .append("fileName", batch.fileName())
                .append("receivedAt", Date.from(batch.receivedAt()))
                .append("entries", batch.files().size())
                .append("accepted", (int) batch.accepted())
                .append("files", files));
    }

    public Optional<Batch> find(String id) {
        Document doc = batches.find(Filters.eq("_id", id)).first();
        if (doc == null) {
            return Optional.empty();
        }
        List<BatchFile> files = doc.getList("files", Document.class, List.of()).stream()
                .map(f -> new BatchFile(f.getString("name"), f.getString("agencyId"), f.getString("submissionId"),
                        f.getString("reason"))).toList();
        return Optional.of(new Batch(doc.getString("_id"), doc.getString("fileName"),
                doc.getDate("receivedAt").toInstant(), files));
    }

    /** The newest batches first, without their file lists. */
    public List<BatchHeader> newest(int limit) {
        return batches.find().projection(Projections.exclude("files")).sort(Sorts.descending("receivedAt", "_id"))
                .limit(limit)
                .map(d -> new BatchHeader(d.getString("_id"), d.getString("fileName"), d.getDate("receivedAt").toInstant(),
                        d.getInteger("entries", 0), d.getInteger("accepted", 0)))
                .into(new ArrayList<>());
    }
}
