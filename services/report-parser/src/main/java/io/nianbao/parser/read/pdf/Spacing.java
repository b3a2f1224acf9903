package io.nianbao.parser.read.pdf;

/**
 * When a gap between two glyphs of one line is written as a space. Chinese text needs no spaces: exporters leave
 * a little room between Chinese characters and digits or Latin letters ("2023 年"), which is no word break, so next to a
 * Chinese character only a wide gap counts; between Latin letters and digits a fifth of a character does.
 */
final class Spacing {

    private Spacing() {
    }

    static boolean space(Glyph before, Glyph after, float charWidth) {
        float gap = after.x0() - before.x1();
        if (wide(before) || wide(after)) {
            return gap > 0.5f * Math.max(before.size(), after.size());
        }
        return gap > 0.2f * charWidth;
    }

    /** A Chinese character or full-width punctuation. */
    private static boolean wide(Glyph g) {
        int c = g.text().isEmpty() ? 0 : g.text().codePointAt(0);
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFFEF;
    }
}
