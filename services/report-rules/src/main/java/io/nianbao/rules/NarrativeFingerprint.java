package io.nianbao.rules;

import io.nianbao.model.Report;
import io.nianbao.model.Section;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * A 64-bit SimHash over character 4-shingles of a report's narrative sections (1 总体情况, 5 问题及改进,
 * 6 其他事项). Digits, whitespace and punctuation are dropped first, so a text copied from last year with only
 * the year and numbers changed gets the same fingerprint.
 *
 * @param simhash the 64-bit fingerprint
 * @param length  how many characters the normalised narrative has
 */
public record NarrativeFingerprint(long simhash, int length) {

    /** Sections whose text is fingerprinted. */
    public static final List<Integer> NARRATIVE_SECTIONS = List.of(1, 5, 6);

    /** Narratives shorter than this (after normalisation) are too generic to compare. */
    public static final int MIN_LENGTH = 150;

    /** Fingerprints at most this many bits apart are near-duplicates. */
    public static final int NEAR_DUPLICATE_DISTANCE = 3;

    private static final int SHINGLE = 4;

    /** The fingerprint of a report's narrative, empty when it is shorter than {@link #MIN_LENGTH}. */
    public static Optional<NarrativeFingerprint> of(Report report) {
        StringBuilder text = new StringBuilder();
        for (int n : NARRATIVE_SECTIONS) {
            ReportParts.section(report, n).filter(Section::present).map(Section::text).ifPresent(t -> text.append(t).append('\n'));
        }
        NarrativeFingerprint fp = ofText(text.toString());
        return fp.length() < MIN_LENGTH ? Optional.empty() : Optional.of(fp);
    }

    /** The fingerprint of any text (no minimum length). */
    public static NarrativeFingerprint ofText(String text) {
        String norm = normalise(text);
        int[] weights = new int[64];
        if (norm.length() < SHINGLE) {
            add(weights, hash(norm));
        }
        for (int i = 0; i + SHINGLE <= norm.length(); i++) {
            add(weights, hash(norm.substring(i, i + SHINGLE)));
        }
        long simhash = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                simhash |= 1L << bit;
            }
        }
        return new NarrativeFingerprint(simhash, norm.length());
    }

    static String normalise(String text) {
        String nfkc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints()
                .filter(Character::isLetter)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static void add(int[] weights, long hash) {
        for (int bit = 0; bit < 64; bit++) {
            weights[bit] += ((hash >>> bit) & 1L) != 0 ? 1 : -1;
        }
    }

    /** FNV-1a 64 over UTF-16 units, then a murmur-style finaliser to spread the bits. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** Number of differing bits. */
    public int distance(NarrativeFingerprint other) {
        return Long.bitCount(simhash ^ other.simhash);
    }

    /** Rough similarity in [0, 1]: 1 − distance / 64. */
    public double similarity(NarrativeFingerprint other) {
        return 1.0 - distance(other) / 64.0;
    }

    /** The four 16-bit bands, lowest first; store and index them to find near-duplicates without a scan. */
    public int[] bands() {
        int[] bands = new int[4];
        for (int i = 0; i < 4; i++) {
            bands[i] = (int) ((simhash >>> (16 * i)) & 0xFFFF);
        }
        return bands;
    }

    /** The fingerprint as 16 hex digits (for storage). */
    public String hex() {
        return String.format("%016x", simhash);
    }
}
