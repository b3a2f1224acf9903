package io.nianbao.parser.read.pdf;

import java.util.List;

/**
 * A run of glyphs that PDFBox reports as one word, with its text as PDFBox writes it (spaces printed inside it
 * included; the glyph list holds only the visible glyphs).
 */
record Word(String text, List<Glyph> glyphs) {

    Word {
        glyphs = List.copyOf(glyphs);
    }

    /** A word made of some of another word's glyphs. */
    static Word of(List<Glyph> glyphs) {
        StringBuilder b = new StringBuilder();
        glyphs.forEach(g -> b.append(g.text()));
        return new Word(b.toString(), glyphs);
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
