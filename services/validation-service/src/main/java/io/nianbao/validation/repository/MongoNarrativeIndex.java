package io.nianbao.validation.repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import io.nianbao.model.Report;
import io.nianbao.rules.NarrativeFingerprint;
import io.nianbao.rules.NarrativeIndex;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The {@link NarrativeIndex} over collection {@code validation_fingerprints}: one document per readable report
 * ({@code _id} = submission id) with its agency, year, 64-bit fingerprint as hex and the fingerprint's four
 * 16-bit bands as separately indexed fields. A lookup fetches only the reports that share at least one band
 * (every report within {@link NarrativeFingerprint#NEAR_DUPLICATE_DISTANCE} bits does) and measures the Hamming
 * distance in Java; it never scans the collection.
 */
@ApplicationScoped
public class MongoNarrativeIndex implements NarrativeIndex {

    static final String COLLECTION = "validation_fingerprints";
    private static final int BANDS = 4;

    private final MongoCollection<Document> fingerprints;

    public MongoNarrativeIndex(MongoDatabase database) {
        this.fingerprints = database.getCollection(COLLECTION);
    }

    @PostConstruct
    void indexes() {
        for (int i = 0; i < BANDS; i++) {
            fingerprints.createIndex(Indexes.ascending(band(i)));
        }
    }

    /**
     * Stores (or replaces) the fingerprint of a report; a narrative too short to fingerprint removes any stored
     * one. Returns the fingerprint stored, if any.
     */
    public Optional<NarrativeFingerprint> save(String submissionId, String agencyId, Report report) {
        Optional<NarrativeFingerprint> fingerprint = NarrativeFingerprint.of(report);
        if (fingerprint.isEmpty()) {
            fingerprints.deleteOne(Filters.eq("_id", submissionId));
            return fingerprint;
        }
        NarrativeFingerprint fp = fingerprint.get();
        Document doc = new Document("_id", submissionId)
                .append("agencyId", agencyId)
                .append("agency", report.agency())
                .append("year", report.year())
                .append("fingerprint", fp.hex())
                .append("length", fp.length())
                .append("storedAt", new Date());
        int[] bands = fp.bands();
        for (int i = 0; i < BANDS; i++) {
            doc.append(band(i), bands[i]);
        }
        fingerprints.replaceOne(Filters.eq("_id", submissionId), doc, new ReplaceOptions().upsert(true));
        return fingerprint;
    }

    /**
     * Reports within {@code maxDistance} bits. Complete up to {@link NarrativeFingerprint#NEAR_DUPLICATE_DISTANCE}
     * (the distance DUPLICATE-CONTENT asks for); for a larger distance only reports sharing a band are found.
     */
    @Override
    public List<Match> similar(NarrativeFingerprint fingerprint, int maxDistance) {
        int[] bands = fingerprint.bands();
        List<Bson> anyBand = new ArrayList<>();
        for (int i = 0; i < BANDS; i++) {
            anyBand.add(Filters.eq(band(i), bands[i]));
        }
        List<Match> matches = new ArrayList<>();
        for (Document doc : fingerprints.find(Filters.or(anyBand))
                .projection(Projections.include("agency", "year", "fingerprint"))) {
            NarrativeFingerprint other = new NarrativeFingerprint(
                    Long.parseUnsignedLong(doc.getString("fingerprint"), 16), 0);
            int distance = fingerprint.distance(other);
            if (distance <= maxDistance) {
                matches.add(new Match(doc.getString("_id"), doc.getString("agency"), doc.getInteger("year"),
                        distance));
            }
        }
        return matches;
    }

    private static String band(int i) {
        return "band" + i;
    }
}
