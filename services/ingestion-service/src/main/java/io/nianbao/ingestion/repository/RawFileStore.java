package io.nianbao.ingestion.repository;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.types.ObjectId;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Raw submitted files, in the GridFS bucket {@code rawfiles}. Only a reference (the file id) travels on Kafka;
 * the parsing service reads the bytes from here.
 */
@ApplicationScoped
public class RawFileStore {

    public static final String BUCKET = "rawfiles";

    private final GridFSBucket bucket;

    public RawFileStore(MongoDatabase database) {
        this.bucket = GridFSBuckets.create(database, BUCKET);
    }

    /** Stores the file and returns its id (hex ObjectId). */
    public String store(Path file, String fileName, Document metadata) {
        try (InputStream in = Files.newInputStream(file)) {
            ObjectId id = bucket.uploadFromStream(fileName, in, new GridFSUploadOptions().metadata(metadata));
            return id.toHexString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file " + fileName, e);
        }
    }
}
