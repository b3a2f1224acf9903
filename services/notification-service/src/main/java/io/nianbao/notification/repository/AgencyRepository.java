package io.nianbao.notification.repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import io.nianbao.notification.domain.Contacts;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Agencies' contacts as announced on {@code agencies.registered}, collection {@code notification_agencies}.
 * An older announcement (a replay, or records read out of order) never replaces a newer one.
 */
@ApplicationScoped
public class AgencyRepository {

    static final String COLLECTION = "notification_agencies";

    private final MongoCollection<Document> agencies;

    public AgencyRepository(MongoDatabase database) {
        this.agencies = database.getCollection(COLLECTION);
    }

    /** Stores the contacts unless newer ones are stored already; true when stored. */
    public boolean save(Contacts contacts) {
        Date updatedAt = Date.from(contacts.updatedAt());
        Document doc = new Document("_id", contacts.agencyId())
                .append("name", contacts.name())
                .append("email", contacts.email())
                .append("webhookUrl", contacts.webhookUrl())
                .append("updatedAt", updatedAt);
        try {
            agencies.replaceOne(Filters.and(Filters.eq("_id", contacts.agencyId()),
                    Filters.lte("updatedAt", updatedAt)), doc, new ReplaceOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // a newer announcement is stored: the upsert's insert collided with it
            }
            throw e;
        }
    }

    public Optional<Contacts> find(String agencyId) {
        return Optional.ofNullable(agencies.find(Filters.eq("_id", agencyId)).first()).map(AgencyRepository::contacts);
    }

    public List<Contacts> all() {
        return agencies.find().sort(Sorts.ascending("_id")).map(AgencyRepository::contacts).into(new ArrayList<>());
    }

    private static Contacts contacts(Document doc) {
        return new Contacts(doc.getString("_id"), doc.getString("name"), doc.getString("email"),
                doc.getString("webhookUrl"), doc.getDate("updatedAt").toInstant());
    }
}
