package io.nianbao.cli.stack;

/** Receives human-readable progress lines (the CLI prints them on stderr). */
@FunctionalInterface
public interface Progress {

    void report(String message);

    /** Discards progress (tests that only care about results). */
    static Progress silent() {
        return message -> {
        };
    }
}
