package io.nianbao.events;

/** Outcome of parsing one file. */
public enum ParseStatus {
    /** The canonical report was extracted. */
    PARSED,
    /** The file could not be read; {@code unreadableReason} says why. */
    UNREADABLE
}
