package io.nianbao.ingestion.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Decompresses one entry into a file and stops as soon as it exceeds a bound: the entry size, the batch's
 * remaining budget, or the compression ratio (what gives a zip bomb away). Computes the SHA-256 on the way.
 */
final class BoundedCopy {

    private static final int CHUNK = 16 * 1024;

    /**
     * The outcome: bytes read (also when stopped), the digest and first bytes when complete, else the reason.
     */
    record Result(long bytesRead, String sha256, byte[] head, int headLength, String rejection) {
    }

    private BoundedCopy() {
    }

    /**
     * @param compressedSize the entry's compressed size as the zip states it (negative when unknown)
     * @param budget         bytes the batch may still decompress
     */
    static Result copy(InputStream in, Path target, ZipLimits limits, long compressedSize, long budget)
            throws IOException {
        MessageDigest digest = sha256();
        byte[] head = new byte[ArchiveSniffer.HEAD];
        int headLength = 0;
        long count = 0;
        long ratioBound = compressedSize < 0 ? Long.MAX_VALUE
                : Math.max(ZipLimits.RATIO_FLOOR, Math.max(1, compressedSize) * limits.maxCompressionRatio());
        byte[] buffer = new byte[CHUNK];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                count += n;
                if (count > ratioBound) {
                    return stopped(count, Rejections.compressionRatio(limits.maxCompressionRatio()));
                }
                if (count > limits.maxEntryBytes()) {
                    return stopped(count, Rejections.tooLarge(limits.maxEntryBytes()));
                }
                if (count > budget) {
                    return stopped(count, Rejections.totalTooLarge(limits.maxTotalBytes()));
                }
                if (headLength < head.length) {
                    int take = Math.min(n, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, take);
                    headLength += take;
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return new Result(count, HexFormat.of().formatHex(digest.digest()), head, headLength, null);
    }

    private static Result stopped(long count, String reason) {
        return new Result(count, null, null, 0, reason);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
