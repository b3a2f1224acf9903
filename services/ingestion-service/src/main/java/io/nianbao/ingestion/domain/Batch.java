package io.nianbao.ingestion.domain;

import java.time.Instant;
import java.util.List;

/** A zip of reports received at once: every entry, submitted or rejected, in the zip's order. */
public record Batch(String id, String fileName, Instant receivedAt, List<BatchFile> files) {

    public Batch {
        files = List.copyOf(files);
    }

    public long accepted() {
        return files.stream().filter(BatchFile::accepted).count();
    }
}
