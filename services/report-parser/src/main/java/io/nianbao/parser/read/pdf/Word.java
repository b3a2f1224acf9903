package io.nianbao.parser.read.pdf;

import java.util.List;

/**
 * Glyphs of one line printed edge to edge (a word, a number, a run of Chinese text); {@code spaced} when a space
 * character stands before it.
 */
record Word(List<Glyph> glyphs, boolean spaced) {

    Word {
        glyphs = List.copyOf(glyphs);
    }

    String text() {
        StringBuilder b = new StringBuilder();
        glyphs.forEach(g -> b.append(g.text()));
        return b.toString();
    }

    float x0() {
        return glyphs.get(0).x0();
    }

    float x1() {
        return glyphs.get(glyphs.size() - 1).x1();
    }

    float base() {
        return glyphs.get(0).base();
    }

    /** Mean glyph width, at least one point: the unit in which gaps between words are judged. */
    float charWidth() {
        float w = 0;
        for (Glyph g : glyphs) {
            w += g.width();
        }
        return Math.max(1f, w / glyphs.size());
    }
}
