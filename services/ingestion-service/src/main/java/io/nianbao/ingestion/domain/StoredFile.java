package io.nianbao.ingestion.domain;

import java.nio.file.Path;

/** An uploaded file as received: where its bytes are, what it is called and how big it is. */
public record StoredFile(Path path, String fileName, String contentType, long size) {
}
