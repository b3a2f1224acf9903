package io.nianbao.notification.repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.nianbao.events.DeliveryStatus;
import io.nianbao.notification.domain.ChannelType;
import io.nianbao.notification.domain.Delivery;
import io.nianbao.notification.domain.NoticeKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One document per notice and channel, collection {@code notification_deliveries}. A delivery is sent only by
 * whoever {@link #claim claims} it: the claim is an atomic update that succeeds only while the delivery is
 * PENDING, due and not held by someone else, so neither a redelivered event, the delivery loop nor a second
 * instance sends it twice. Every state change clears {@code announced} until the change is published.
 */
@ApplicationScoped
public class DeliveryRepository {

    static final String COLLECTION = "notification_deliveries";
    private static final Date NEVER = new Date(0);

    private final MongoCollection<Document> deliveries;

    public DeliveryRepository(MongoDatabase database) {
        this.deliveries = database.getCollection(COLLECTION);
    }

    @PostConstruct
    void indexes() {
        deliveries.createIndex(Indexes.ascending("status", "nextAttemptAt"));
        deliveries.createIndex(Indexes.ascending("noticeId"));
        deliveries.createIndex(Indexes.ascending("agencyId", "status"));
        deliveries.createIndex(Indexes.ascending("announced", "updatedAt"));
    }

    /** Inserts a new PENDING delivery due at once; false when it exists already. */
    public boolean insertIfAbsent(Delivery delivery) {
        Document doc = new Document("_id", delivery.id())
                .append("noticeId", delivery.noticeId())
                .append("submissionId", delivery.submissionId())
                .append("agencyId", delivery.agencyId())
                .append("kind", delivery.kind().key())
                .append("channel", delivery.channel().key())
                .append("status", delivery.status().name())
                .append("attempts", delivery.attempts())
                .append("lastError", delivery.lastError())
                .append("nextAttemptAt", Date.from(delivery.nextAttemptAt()))
                .append("deliveredAt", null)
                .append("claimedUntil", NEVER)
                .append("updatedAt", Date.from(delivery.updatedAt()))
                .append("announced", delivery.submissionId() == null);
        try {
            deliveries.insertOne(doc);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    public Optional<Delivery> find(String id) {
        return Optional.ofNullable(deliveries.find(Filters.eq("_id", id)).first()).map(DeliveryRepository::delivery);
    }

    public List<Delivery> forNotice(String noticeId) {
        return deliveries.find(Filters.eq("noticeId", noticeId)).sort(Sorts.ascending("_id"))
                .map(DeliveryRepository::delivery).into(new ArrayList<>());
    }

    public List<Delivery> forNotices(Collection<String> noticeIds) {
        return deliveries.find(Filters.in("noticeId", noticeIds)).sort(Sorts.ascending("_id"))
                .map(DeliveryRepository::delivery).into(new ArrayList<>());
    }

    /** Ids of PENDING deliveries whose next attempt is due, the longest waiting first. */
    public List<String> due(Instant now, int limit) {
        return deliveries.find(Filters.and(Filters.eq("status", DeliveryStatus.PENDING.name()),
                        Filters.lte("nextAttemptAt", Date.from(now)), Filters.lte("claimedUntil", Date.from(now))))
                .projection(Projections.include("_id"))
                .sort(Sorts.ascending("nextAttemptAt")).limit(limit)
                .map(d -> d.getString("_id")).into(new ArrayList<>());
    }

    /**
     * Takes the delivery for sending until {@code now + lease}: only while it is PENDING, due and not held.
     * Empty when someone else holds it, it is not due yet, or it was delivered or given up already.
     */
    public Optional<Delivery> claim(String id, Instant now, Duration lease) {
        Document doc = deliveries.findOneAndUpdate(
                Filters.and(Filters.eq("_id", id), Filters.eq("status", DeliveryStatus.PENDING.name()),
                        Filters.lte("nextAttemptAt", Date.from(now)), Filters.lte("claimedUntil", Date.from(now))),
                Updates.set("claimedUntil", Date.from(now.plus(lease))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(doc).map(DeliveryRepository::delivery);
    }

    /** The channel accepted the notice. */
    public void delivered(String id, int attempts, Instant at) {
        change(id, at, Updates.set("status", DeliveryStatus.DELIVERED.name()), Updates.set("attempts", attempts),
                Updates.set("lastError", null), Updates.set("deliveredAt", Date.from(at)));
    }

    /** An attempt failed; the next one is due at {@code next}. */
    public void retryAt(String id, int attempts, String error, Instant next, Instant at) {
        change(id, at, Updates.set("attempts", attempts), Updates.set("lastError", error),
                Updates.set("nextAttemptAt", Date.from(next)));
    }

    /** Given up: the attempt budget is spent or the notice cannot be delivered on this channel at all. */
    public void failed(String id, int attempts, String error, Instant at) {
        change(id, at, Updates.set("status", DeliveryStatus.FAILED.name()), Updates.set("attempts", attempts),
                Updates.set("lastError", error));
    }

    /**
     * Not attempted (the agency's contacts are unknown); look again at {@code next}. Counts as a state change
     * (to be published) only when the reason is new.
     */
    public void postpone(Delivery delivery, String reason, Instant next, Instant at) {
        if (reason.equals(delivery.lastError())) {
            deliveries.updateOne(Filters.eq("_id", delivery.id()), Updates.combine(
                    Updates.set("nextAttemptAt", Date.from(next)), Updates.set("claimedUntil", NEVER)));
        } else {
            change(delivery.id(), at, Updates.set("lastError", reason), Updates.set("nextAttemptAt", Date.from(next)));
        }
    }

    /** Makes the agency's PENDING deliveries due now (its contacts just became known or changed). */
    public void wake(String agencyId, Instant now) {
        deliveries.updateMany(Filters.and(Filters.eq("agencyId", agencyId),
                        Filters.eq("status", DeliveryStatus.PENDING.name()), Filters.gt("nextAttemptAt", Date.from(now))),
                Updates.set("nextAttemptAt", Date.from(now)));
    }

    /** Ids of the agency's notices that still have a PENDING delivery. */
    public Set<String> noticesPendingFor(String agencyId) {
        return deliveries.find(Filters.and(Filters.eq("agencyId", agencyId),
                        Filters.eq("status", DeliveryStatus.PENDING.name())))
                .projection(Projections.include("noticeId"))
                .map(d -> d.getString("noticeId")).into(new LinkedHashSet<>());
    }

    /** Deliveries whose latest state change was not published yet and is older than {@code before}. */
    public List<Delivery> unannounced(Instant before, int limit) {
        return deliveries.find(Filters.and(Filters.eq("announced", false), Filters.lt("updatedAt", Date.from(before))))
                .sort(Sorts.ascending("updatedAt")).limit(limit)
                .map(DeliveryRepository::delivery).into(new ArrayList<>());
    }

    /** The state stamped {@code updatedAt} was published (a later change stays unannounced). */
    public void markAnnounced(String id, Instant updatedAt) {
        deliveries.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("updatedAt", Date.from(updatedAt))),
                Updates.set("announced", true));
    }

    private void change(String id, Instant at, Bson... updates) {
        List<Bson> all = new ArrayList<>(List.of(updates));
        all.add(Updates.set("updatedAt", Date.from(at)));
        all.add(Updates.set("claimedUntil", NEVER));
        all.add(Updates.set("announced", false));
        deliveries.updateOne(Filters.eq("_id", id), Updates.combine(all));
    }

    private static Delivery delivery(Document doc) {
        Date deliveredAt = doc.getDate("deliveredAt");
        return new Delivery(doc.getString("_id"), doc.getString("noticeId"), doc.getString("submissionId"),
                doc.getString("agencyId"), NoticeKind.of(doc.getString("kind")), ChannelType.of(doc.getString("channel")),
                DeliveryStatus.valueOf(doc.getString("status")), doc.getInteger("attempts", 0),
                doc.getString("lastError"), doc.getDate("nextAttemptAt").toInstant(),
                deliveredAt == null ? null : deliveredAt.toInstant(), doc.getDate("updatedAt").toInstant());
    }
}
