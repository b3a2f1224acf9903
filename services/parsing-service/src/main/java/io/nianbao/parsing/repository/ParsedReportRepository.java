package io.nianbao.parsing.repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.nianbao.events.EventCodec;
import io.nianbao.events.ReportParsed;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.Optional;

/**
 * What this service produced for each submission (collection {@code parsing_results}), keyed by submission id.
 * A redelivered submission is answered from here instead of being parsed again.
 */
@ApplicationScoped
public class ParsedReportRepository {

    static final String COLLECTION = "parsing_results";

    private final MongoCollection<Document> results;

    public ParsedReportRepository(MongoDatabase database) {
        this.results = database.getCollection(COLLECTION);
    }

    public Optional<ReportParsed> find(String submissionId) {
        Document doc = results.find(Filters.eq("_id", submissionId)).first();
        return doc == null ? Optional.empty()
                : Optional.of(EventCodec.decode(doc.get("event", Document.class).toJson(), ReportParsed.class));
    }

    public void save(ReportParsed event) {
        Document doc = new Document("_id", event.submissionId())
                .append("agencyId", event.agencyId())
                .append("status", event.status().name())
                .append("event", Document.parse(EventCodec.encode(event)));
        results.replaceOne(Filters.eq("_id", event.submissionId()), doc, new ReplaceOptions().upsert(true));
    }
}
