package io.nianbao.ingestion.operator.repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which dead-letter records were replayed (collection {@code ingestion_dlq_replays}, {@code _id} =
 * {@code <topic>/<partition>/<offset>}). A replay first claims the record by inserting its document (the unique
 * {@code _id} lets only one request win), then publishes, then records where the copy went; a failed publish
 * releases the claim.
 */
@ApplicationScoped
public class ReplayLedger {

    static final String COLLECTION = "ingestion_dlq_replays";

    private final MongoCollection<Document> replays;

    public ReplayLedger(MongoDatabase database) {
        this.replays = database.getCollection(COLLECTION);
    }

    public static String id(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }

    /** Claims the record for a replay; empty when it was claimed before (the earlier claim is returned). */
    public Optional<Document> claim(String id, String target, Instant at) {
        Document doc = new Document("_id", id).append("target", target).append("replayedAt", Date.from(at))
                .append("state", "PUBLISHING");
        try {
            replays.insertOne(doc);
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return Optional.ofNullable(replays.find(Filters.eq("_id", id)).first())
                        .or(() -> Optional.of(doc));
            }
            throw e;
        }
    }

    public void done(String id, int partition, long offset) {
        replays.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("state", "DONE"),
                Updates.set("targetPartition", partition), Updates.set("targetOffset", offset)));
    }

    public void release(String id) {
        replays.deleteOne(Filters.eq("_id", id));
    }

    /** The replays among {@code ids}, by id. */
    public Map<String, Document> find(Collection<String> ids) {
        Map<String, Document> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        for (Document doc : replays.find(Filters.in("_id", ids)).into(new ArrayList<>())) {
            found.put(doc.getString("_id"), doc);
        }
        return found;
    }
}
