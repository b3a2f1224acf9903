package io.nianbao.rules;

import java.util.List;

/**
 * Looks up reports whose narrative fingerprint is close to a given one (DUPLICATE-CONTENT). The caller
 * implements it over its store; {@link InMemoryNarrativeIndex} is the reference implementation. A store can
 * answer without scanning every report by indexing the four 16-bit {@link NarrativeFingerprint#bands() bands}:
 * two fingerprints within {@link NarrativeFingerprint#NEAR_DUPLICATE_DISTANCE} bits share at least one band.
 */
public interface NarrativeIndex {

    /**
     * Reports whose fingerprint differs from {@code fingerprint} in at most {@code maxDistance} bits.
     */
    List<Match> similar(NarrativeFingerprint fingerprint, int maxDistance);

    /**
     * One similar report.
     *
     * @param reportKey the caller's key of the other report
     * @param agency    the agency named in it (nullable)
     * @param year      its reporting year (nullable)
     * @param distance  Hamming distance between the two fingerprints (0 = same text after normalisation)
     */
    record Match(String reportKey, String agency, Integer year, int distance) {
    }
}
