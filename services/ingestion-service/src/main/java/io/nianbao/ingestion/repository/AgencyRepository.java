package io.nianbao.ingestion.repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.nianbao.ingestion.domain.Agency;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.Date;
import java.util.Optional;

/** Registered agencies, collection {@code ingestion_agencies}. */
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
                .append("updatedAt", Date.from(agency.updatedAt()));
        agencies.replaceOne(Filters.eq("_id", agency.id()), doc, new ReplaceOptions().upsert(true));
    }

    public Optional<Agency> find(String id) {
        Document doc = agencies.find(Filters.eq("_id", id)).first();
        if (doc == null) {
            return Optional.empty();
        }
        return Optional.of(new Agency(doc.getString("_id"), doc.getString("name"), doc.getString("email"),
                doc.getString("webhookUrl"), doc.getDate("updatedAt").toInstant()));
    }
}
