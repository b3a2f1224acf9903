package io.nianbao.ingestion.operator.repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/** Read-only queries of the operator API over this service's collection {@code ingestion_agencies}. */
@ApplicationScoped
public class AgencyQueries {

    static final String COLLECTION = "ingestion_agencies";

    private final MongoCollection<Document> agencies;

    public AgencyQueries(MongoDatabase database) {
        this.agencies = database.getCollection(COLLECTION);
    }

    public long count() {
        return agencies.countDocuments();
    }

    /** Every registered agency, by id. */
    public List<Document> all() {
        return agencies.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }
}
