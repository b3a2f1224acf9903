package io.nianbao.parsing.repository;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.model.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/** Reads the raw files the ingestion service stored in the GridFS bucket {@code rawfiles}. */
@ApplicationScoped
public class RawFileReader {

    public static final String BUCKET = "rawfiles";

    private final GridFSBucket bucket;

    public RawFileReader(MongoDatabase database) {
        this.bucket = GridFSBuckets.create(database, BUCKET);
    }

    /** The file's length, or empty when no such file is stored. */
    public Optional<Long> length(String id) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        GridFSFile file = bucket.find(Filters.eq("_id", new ObjectId(id))).first();
        return file == null ? Optional.empty() : Optional.of(file.getLength());
    }

    public byte[] read(String id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            bucket.downloadToStream(new ObjectId(id), out);
        } catch (MongoGridFSException e) {
            throw new RawFileMissingException(id, e);
        }
        return out.toByteArray();
    }

    /** The referenced raw file is not in the store. */
    public static class RawFileMissingException extends RuntimeException {
        public RawFileMissingException(String id, Throwable cause) {
            super("raw file " + id + " is not in the store", cause);
        }
    }
}
