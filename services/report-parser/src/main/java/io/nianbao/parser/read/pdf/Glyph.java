package io.nianbao.parser.read.pdf;

/**
 * One printed character with its box in page points, measured from the top left of the page as the text reads
 * ({@code top} above {@code base}, the baseline). Table cells are found by where glyphs sit, not by the order or
 * the spacing in which the PDF happens to write them.
 */
record Glyph(String text, float x0, float x1, float top, float base, float size) {

    float cx() {
        return (x0 + x1) / 2;
    }

    float cy() {
        return (top + base) / 2;
    }

    float width() {
        return x1 - x0;
    }
}
