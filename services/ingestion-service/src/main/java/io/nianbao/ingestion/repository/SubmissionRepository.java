package io.nianbao.ingestion.repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.nianbao.events.EventCodec;
import io.nianbao.events.NoticeSent;
import io.nianbao.events.ParseStatus;
import io.nianbao.events.ReportParsed;
import io.nianbao.events.ReportValidated;
import io.nianbao.ingestion.domain.SubmissionState;
import io.nianbao.ingestion.domain.SubmissionStatus;
import io.nianbao.model.Tables;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The submissions as this service knows them (collection {@code ingestion_submissions}): what was received,
 * and the progress reported back by the later stages. Every update is idempotent: replaying an event leaves
 * the document as it was, and a status never moves backwards.
 */
@ApplicationScoped
public class SubmissionRepository {

    static final String COLLECTION = "ingestion_submissions";

    private final MongoCollection<Document> submissions;

    public SubmissionRepository(MongoDatabase database) {
        this.submissions = database.getCollection(COLLECTION);
    }

    @PostConstruct
    void indexes() {
        submissions.createIndex(Indexes.ascending("agencyId", "receivedAt"));
        submissions.createIndex(Indexes.ascending("published", "receivedAt"));
        submissions.createIndex(Indexes.ascending("batchIds"));
    }

    public Optional<Document> find(String id) {
        return Optional.ofNullable(submissions.find(Filters.eq("_id", id)).first());
    }

    /** Inserts a new submission; false when one with the same id exists already. */
    public boolean insertIfAbsent(Document submission) {
        try {
            submissions.insertOne(submission);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Tags the submission with a batch it was (also) part of. */
    public void addBatch(String id, String batchId) {
        submissions.updateOne(Filters.eq("_id", id), Updates.addToSet("batchIds", batchId));
    }

    /**
     * The live state of every submission tagged with one of {@code batchIds}: batch id → submission id → state.
     * One query, reading only status and findings.
     */
    public Map<String, Map<String, SubmissionState>> statesOfBatches(Collection<String> batchIds) {
        Map<String, Map<String, SubmissionState>> states = new HashMap<>();
        if (batchIds.isEmpty()) {
            return states;
        }
        Set<String> wanted = new HashSet<>(batchIds);
        for (Document doc : submissions.find(Filters.in("batchIds", wanted))
                .projection(Projections.include("status", "batchIds", "findings"))) {
            SubmissionState state = state(doc);
            for (String batchId : doc.getList("batchIds", String.class, List.of())) {
                if (wanted.contains(batchId)) {
                    states.computeIfAbsent(batchId, k -> new HashMap<>()).put(doc.getString("_id"), state);
                }
            }
        }
        return states;
    }

    private static SubmissionState state(Document doc) {
        SubmissionStatus status = SubmissionStatus.valueOf(doc.getString("status"));
        Set<String> errorRules = new LinkedHashSet<>();
        boolean unreadable = false;
        for (Document finding : doc.getList("findings", Document.class, List.of())) {
            String rule = finding.getString("rule");
            unreadable |= "UNREADABLE".equals(rule);
            if ("error".equalsIgnoreCase(finding.getString("severity")) && rule != null) {
                errorRules.add(rule);
            }
        }
        return new SubmissionState(status, List.copyOf(errorRules), status == SubmissionStatus.FAILED && unreadable);
    }

    public void markPublished(String id) {
        submissions.updateOne(Filters.eq("_id", id), Updates.set("published", true));
    }

    public List<Document> unpublishedBefore(Instant before, int limit) {
        return submissions.find(Filters.and(Filters.eq("published", false), Filters.lt("receivedAt", Date.from(before))))
                .sort(Sorts.ascending("receivedAt")).limit(limit).into(new ArrayList<>());
    }

    public List<Document> list(String agencyId, String status, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (agencyId != null && !agencyId.isBlank()) {
            filters.add(Filters.eq("agencyId", agencyId));
        }
        if (status != null && !status.isBlank()) {
            filters.add(Filters.eq("status", status));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        return submissions.find(filter).sort(Sorts.descending("receivedAt")).limit(limit).into(new ArrayList<>());
    }

    /** Records the parsing outcome; moves RECEIVED → PARSED (an unreadable file stays RECEIVED until validated). */
    public boolean applyParsed(ReportParsed event) {
        boolean readable = event.status() == ParseStatus.PARSED;
        Document entry = history(readable ? "PARSED" : "UNREADABLE", event.parsedAt(),
                readable ? null : event.unreadableReason());
        List<Bson> updates = new ArrayList<>();
        updates.add(Updates.addToSet("history", entry));
        if (readable && event.report() != null) {
            updates.add(Updates.set("reportAgency", event.report().agency()));
            updates.add(Updates.set("reportYear", event.report().year()));
            updates.add(Updates.set("reportTemplate", event.report().template()));
            updates.add(Updates.set("reportTables", tablesJson(event.report().tables())));
        }
        long matched = submissions.updateOne(Filters.eq("_id", event.submissionId()), Updates.combine(updates))
                .getMatchedCount();
        if (readable) {
            advance(event.submissionId(), SubmissionStatus.PARSED);
        }
        return matched > 0;
    }

    /** Records a verdict; a newer validation (e.g. a replay after a catalogue change) replaces an older one. */
    public boolean applyValidated(ReportValidated event) {
        SubmissionStatus status = SubmissionStatus.valueOf(event.verdict().name());
        Date at = Date.from(event.validatedAt());
        List<Document> findings = event.findings().stream().map(f -> Document.parse(EventCodec.encode(f))).toList();
        Bson newer = Filters.and(Filters.eq("_id", event.submissionId()),
                Filters.or(Filters.exists("validatedAt", false), Filters.lte("validatedAt", at)));
        long matched = submissions.updateOne(newer, Updates.combine(
                Updates.set("status", status.name()),
                Updates.set("statusRank", status.rank()),
                Updates.set("verdict", event.verdict().name()),
                Updates.set("findings", findings),
                Updates.set("catalogueVersion", event.catalogueVersion()),
                Updates.set("validatedAt", at),
                Updates.set("reportAgency", event.reportAgency()),
                Updates.set("reportYear", event.reportYear()),
                Updates.addToSet("history", history(status.name(), event.validatedAt(),
                        "catalogue " + event.catalogueVersion())))).getMatchedCount();
        return matched > 0 || find(event.submissionId()).isPresent();
    }

    /** Records the latest delivery state of one notice on one channel. */
    public boolean applyNotice(NoticeSent event) {
        String key = (event.noticeId() + "_" + event.channel()).replaceAll("[^A-Za-z0-9_-]", "_");
        Document notice = new Document("noticeId", event.noticeId())
                .append("kind", event.kind())
                .append("channel", event.channel())
                .append("status", event.status().name())
                .append("attempts", event.attempts())
                .append("lastError", event.lastError())
                .append("at", event.at().toString());
        Bson notOlder = Filters.and(Filters.eq("_id", event.submissionId()),
                Filters.or(Filters.exists("notices." + key, false),
                        Filters.lte("notices." + key + ".at", event.at().toString())));
        long matched = submissions.updateOne(notOlder, Updates.combine(Updates.set("notices." + key, notice),
                Updates.max("lastNoticeAt", Date.from(event.at())))).getMatchedCount();
        return matched > 0 || find(event.submissionId()).isPresent();
    }

    /**
     * Table 3 and Table 4 of the parsed report as canonical JSON text, kept for the console to draw the form with
     * the failing cells (row keys such as {@code withheld.stateSecret} contain dots, which are not safe as
     * MongoDB field names, hence text). Table 2 and the narrative stay with the parsing and validation services.
     */
    private static String tablesJson(Tables tables) {
        if (tables == null) {
            return null;
        }
        return EventCodec.encode(new Tables(null, tables.applications(), tables.reviewLitigation()));
    }

    private void advance(String id, SubmissionStatus status) {
        submissions.updateOne(Filters.and(Filters.eq("_id", id), Filters.lt("statusRank", status.rank())),
                Updates.combine(Updates.set("status", status.name()), Updates.set("statusRank", status.rank())));
    }

    static Document history(String status, Instant at, String detail) {
        Document entry = new Document("status", status).append("at", at.toString());
        if (detail != null) {
            entry.append("detail", detail);
        }
        return entry;
    }
}
