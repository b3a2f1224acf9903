package io.nianbao.parser.read.pdf;

/**
 * One printed character with its box in page points, measured from the top left of the page as the text reads
 * ({@code top} above {@code base}, the baseline). Table cells are found by where glyphs sit, not by the order or
 * the spacing in which the PDF happens to write them.
 */
record Glyph(String text, float x0, float x1, float top, float base, float size) {

    /** The top of a glyph as a share of the font size above the baseline (font boxes in PDFs are unreliable). */
    static final float ASCENT = 0.8f;

    static Glyph of(String text, float x0, float width, float base, float size) {
        return new Glyph(text, x0, x0 + Math.max(0.1f, width), base - ASCENT * size, base, size);
    }

    boolean blank() {
        return text.isBlank();
    }

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
