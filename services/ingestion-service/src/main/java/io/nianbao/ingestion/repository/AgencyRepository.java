package io.nianbao.ingestion.repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import io.nianbao.ingestion.domain.Agency;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

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

    private final MongoCollection<Document> agencies;

    public AgencyRepository(MongoDatabase database) {
        this.agencies = database.getCollection(COLLECTION);
    }

    public void save(Agency agency) {
        Document doc = new Document("_id", agency.id())
                .append("name", agency.name())
                .append("email", agency.email())
                .append("webhookUrl", agency.webhookUrl())
                .append("updatedAt", Date.from(agency.updatedAt()))
                .append("published", false);
        agencies.replaceOne(Filters.eq("_id", agency.id()), doc, new ReplaceOptions().upsert(true));
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
