package io.nianbao.notification.domain;

import java.util.Arrays;
import java.util.Locale;

/** A way a notice reaches an agency; {@link #key()} is the value used on topics and in the API. */
public enum ChannelType {
    EMAIL, WEBHOOK;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChannelType of(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown channel " + key));
    }
}
