package io.nianbao.ingestion.domain;

/**
 * What one batch zip may hold.
 *
 * @param maxEntries          most entries the zip may list
 * @param maxEntryBytes       most bytes one entry may decompress to (the single-file limit)
 * @param maxTotalBytes       most bytes all entries may decompress to together
 * @param maxCompressionRatio highest decompressed/compressed ratio of an entry above {@link #RATIO_FLOOR} bytes
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxCompressionRatio) {

    /** Entries smaller than this are never judged by their ratio (a tiny file may compress very well). */
    public static final long RATIO_FLOOR = 64 * 1024;
}
