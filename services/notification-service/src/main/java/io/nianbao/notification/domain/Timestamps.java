package io.nianbao.notification.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * State-change times: millisecond precision (what MongoDB stores) and never a whole second. Consumers compare
 * {@code NoticeSent.at} as ISO text; {@link Instant#toString()} drops a zero fraction ("…:05Z"), which would
 * sort after "…:05.300Z". Keeping three fraction digits keeps text order and time order the same.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return now.getNano() == 0 ? now.plusMillis(1) : now;
    }
}
