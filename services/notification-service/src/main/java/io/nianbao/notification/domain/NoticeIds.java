package io.nianbao.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * Idempotency keys of notices: a hash of what makes a notice the same notice, so a redelivered event or a
 * restart finds the notice it created before instead of creating (and sending) a second one.
 */
public final class NoticeIds {

    private NoticeIds() {
    }

    /** A notice about a submission: same submission, same kind and same set of facts (e.g. error fingerprints). */
    public static String forSubmission(String submissionId, NoticeKind kind, Collection<String> facts) {
        return kind.key() + "-" + hash(submissionId + "\n" + kind.key() + "\n"
                + String.join(",", facts.stream().sorted().toList()));
    }

    /** A deadline notice: once per agency, kind and deadline. */
    public static String forDeadline(String agencyId, NoticeKind kind, java.time.LocalDate deadline) {
        return kind.key() + "-" + hash(agencyId + "\n" + kind.key() + "\n" + deadline);
    }

    private static String hash(String basis) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
