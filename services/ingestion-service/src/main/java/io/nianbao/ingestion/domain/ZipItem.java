package io.nianbao.ingestion.domain;

import java.nio.file.Path;

/**
 * One entry of a batch zip as inspected: refused with a reason, or extracted to a temporary file that exists
 * only while the entry is being handled.
 *
 * @param name      the entry's path in the zip ({@code /} separated, shortened if very long)
 * @param file      the extracted bytes (null when refused)
 * @param size      decompressed size in bytes (0 when refused)
 * @param sha256    hex SHA-256 of the bytes (null when refused)
 * @param rejection why the entry is refused (null when extracted)
 */
public record ZipItem(String name, Path file, long size, String sha256, String rejection) {

    public static ZipItem refused(String name, String reason) {
        return new ZipItem(name, null, 0, null, reason);
    }

    public static ZipItem extracted(String name, Path file, long size, String sha256) {
        return new ZipItem(name, file, size, sha256, null);
    }

    public boolean accepted() {
        return rejection == null;
    }
}
