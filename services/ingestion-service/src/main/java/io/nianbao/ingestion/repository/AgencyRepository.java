package io.nianbao.ingestion.repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.nianbao.ingestion.domain.Agency;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Registered agencies, collection {@code ingestion_agencies}. {@code published=false} until Kafka acknowledged
 * the registration event (an outbox, relayed by {@link io.nianbao.ingestion.messaging.OutboxRelay}).
 */
@ApplicationScoped
public class AgencyRepository {

    static final String COLLECTION = "ingestion_agencies";
    private static final String KEY_HASH = "apiKeySha256";

    private final MongoCollection<Document> agencies;

    public AgencyRepository(MongoDatabase database) {
        this.agencies = database.getCollection(COLLECTION);
    }

    /** Creates or updates the agency's registration; its API key, if any, is kept. */
    public void save(Agency agency) {
        agencies.updateOne(Filters.eq("_id", agency.id()), Updates.combine(
                Updates.set("name", agency.name()),
                Updates.set("email", agency.email()),
                Updates.set("webhookUrl", agency.webhookUrl()),
                Updates.set("updatedAt", Date.from(agency.updatedAt())),
                Updates.set("published", false)), new UpdateOptions().upsert(true));
    }

    /**
     * Stores the SHA-256 of the agency's API key. With {@code onlyIfNone} an existing key is kept; returns
     * whether the hash was stored.
     */
    public boolean setKeyHash(String id, String hash, boolean onlyIfNone) {
        Bson filter = onlyIfNone ? Filters.and(Filters.eq("_id", id), Filters.exists(KEY_HASH, false))
                : Filters.eq("_id", id);
        return agencies.updateOne(filter, Updates.set(KEY_HASH, hash)).getModifiedCount() == 1;
    }

    /** The stored SHA-256 of the agency's API key. */
    public Optional<String> keyHash(String id) {
        Document doc = agencies.find(Filters.eq("_id", id)).projection(new Document(KEY_HASH, 1)).first();
        return Optional.ofNullable(doc).map(d -> d.getString(KEY_HASH));
    }

    /** Marks the registration as acknowledged by Kafka, unless it changed again since. */
    public void markPublished(Agency agency) {
        agencies.updateOne(Filters.and(Filters.eq("_id", agency.id()),
                Filters.eq("updatedAt", Date.from(agency.updatedAt()))), Updates.set("published", true));
    }

    /** Registrations Kafka has not acknowledged yet, older than {@code before}. */
    public List<Agency> unpublishedBefore(Instant before, int limit) {
        return agencies.find(Filters.and(Filters.eq("published", false), Filters.lt("updatedAt", Date.from(before))))
                .limit(limit).map(AgencyRepository::agency).into(new ArrayList<>());
    }

    public Optional<Agency> find(String id) {
        Document doc = agencies.find(Filters.eq("_id", id)).first();
        return Optional.ofNullable(doc).map(AgencyRepository::agency);
    }

    /** Every registered agency (for recognising agencies by name). */
    public List<Agency> all() {
        return agencies.find().map(AgencyRepository::agency).into(new ArrayList<>());
    }

    private static Agency agency(Document doc) {
        return new Agency(doc.getString("_id"), doc.getString("name"), doc.getString("email"),
                doc.getString("webhookUrl"), doc.getDate("updatedAt").toInstant());
    }
}
