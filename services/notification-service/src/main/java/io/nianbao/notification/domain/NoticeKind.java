package io.nianbao.notification.domain;

import java.util.Arrays;
import java.util.Locale;

/** What a notice is about; {@link #key()} is the value used on topics, in ids and in the API. */
public enum NoticeKind {
    /** 整改通知: the submission failed review. */
    CORRECTION,
    /** A later submission passed after a failed one. */
    RESOLVED,
    /** The reporting deadline is near and nothing was submitted. */
    REMINDER,
    /** The reporting deadline passed and nothing was submitted. */
    OVERDUE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NoticeKind of(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown notice kind " + key));
    }
}
