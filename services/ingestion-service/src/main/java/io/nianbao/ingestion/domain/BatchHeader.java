package io.nianbao.ingestion.domain;

import java.time.Instant;

/** A batch without its file list: what the batch list shows. */
public record BatchHeader(String id, String fileName, Instant receivedAt, int entries, int accepted) {
}
