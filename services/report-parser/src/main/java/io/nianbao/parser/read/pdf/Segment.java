package io.nianbao.parser.read.pdf;

/**
 * A straight ruling line drawn on the page (a table border), horizontal or vertical, in the same coordinates as
 * {@link Glyph}: {@code at} is its y (horizontal) or x (vertical); it runs from {@code from} to {@code to}.
 */
record Segment(boolean horizontal, float at, float from, float to) {

    Segment {
        if (from > to) {
            float t = from;
            from = to;
            to = t;
        }
    }

    float length() {
        return to - from;
    }

    /** Whether the segment covers the interval [a, b] but for {@code slack} points at either end. */
    boolean covers(float a, float b, float slack) {
        return from <= a + slack && to >= b - slack;
    }
}
