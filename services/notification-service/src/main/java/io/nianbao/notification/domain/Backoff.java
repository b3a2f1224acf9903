package io.nianbao.notification.domain;

import java.time.Duration;

/** Exponential backoff: {@code initial}, then doubled after each failure, never more than {@code max}. */
public final class Backoff {

    private Backoff() {
    }

    /** The wait after the {@code failures}-th failed attempt (1-based). */
    public static Duration after(int failures, Duration initial, Duration max) {
        Duration wait = initial;
        for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
