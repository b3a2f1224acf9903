package io.nianbao.notification.repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.nianbao.notification.domain.Notice;
import io.nianbao.notification.domain.NoticeKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Rendered notices, collection {@code notification_notices}. The {@code _id} is the notice's idempotency key,
 * so the unique index on it is what keeps a notice from being created twice.
 */
@ApplicationScoped
public class NoticeRepository {

    static final String COLLECTION = "notification_notices";

    private final MongoCollection<Document> notices;

    public NoticeRepository(MongoDatabase database) {
        this.notices = database.getCollection(COLLECTION);
    }

    @PostConstruct
    void indexes() {
        notices.createIndex(Indexes.ascending("submissionId"));
        notices.createIndex(Indexes.ascending("agencyId", "kind"));
    }

    /** Inserts the notice; false when a notice with the same id exists already. */
    public boolean insertIfAbsent(Notice notice) {
        Document doc = new Document("_id", notice.id())
                .append("kind", notice.kind().key())
                .append("submissionId", notice.submissionId())
                .append("agencyId", notice.agencyId())
                .append("reportYear", notice.reportYear())
                .append("subject", notice.subject())
                .append("text", notice.text())
                .append("html", notice.html())
                .append("webhookBody", notice.webhookBody())
                .append("createdAt", Date.from(notice.createdAt()));
        try {
            notices.insertOne(doc);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    public Optional<Notice> find(String id) {
        return Optional.ofNullable(notices.find(Filters.eq("_id", id)).first()).map(NoticeRepository::notice);
    }

    /** Notices, newest first, filtered by submission, agency and kind (each optional). */
    public List<Notice> list(String submissionId, String agencyId, String kind, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (submissionId != null && !submissionId.isBlank()) {
            filters.add(Filters.eq("submissionId", submissionId));
        }
        if (agencyId != null && !agencyId.isBlank()) {
            filters.add(Filters.eq("agencyId", agencyId));
        }
        if (kind != null && !kind.isBlank()) {
            filters.add(Filters.eq("kind", kind));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        return notices.find(filter).sort(Sorts.descending("createdAt")).limit(limit)
                .map(NoticeRepository::notice).into(new ArrayList<>());
    }

    private static Notice notice(Document doc) {
        return new Notice(doc.getString("_id"), NoticeKind.of(doc.getString("kind")), doc.getString("submissionId"),
                doc.getString("agencyId"), doc.getInteger("reportYear"), doc.getString("subject"),
                doc.getString("text"), doc.getString("html"), doc.getString("webhookBody"),
                doc.getDate("createdAt").toInstant());
    }
}
