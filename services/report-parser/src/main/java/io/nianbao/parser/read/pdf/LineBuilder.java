package io.nianbao.parser.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's glyphs into printed lines and words by position. PDFBox's own line grouping judges overlap by
 * font boxes that some exporters make one and a half times the font size, which runs a running header into the
 * title below it ("云溪县自然资源局202云4溪县年…"); here glyphs share a line when their bodies (baseline up to
 * {@link Glyph#ASCENT} of the font size) overlap by half, and a word ends at a gap or a space character.
 */
final class LineBuilder {

    /** A gap wider than this share of the font size ends a word. */
    private static final float WORD_GAP = 0.15f;

    private LineBuilder() {
    }

    static List<TextLine> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::base).thenComparingDouble(Glyph::x0));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> current = null;
        float top = 0;
        float bottom = 0;
        for (Glyph g : sorted) {
            if (g.blank()) {
                continue;
            }
            float overlap = Math.min(bottom, g.base()) - Math.max(top, g.top());
            float smaller = Math.min(bottom - top, g.base() - g.top());
            if (current == null || overlap < 0.5f * smaller) {
                current = new ArrayList<>();
                lines.add(current);
                top = g.top();
                bottom = g.base();
            } else {
                top = Math.min(top, g.top());
                bottom = Math.max(bottom, g.base());
            }
            current.add(g);
        }
        List<Glyph> spaces = sorted.stream().filter(Glyph::blank).toList();
        List<TextLine> out = new ArrayList<>();
        for (List<Glyph> line : lines) {
            line.sort(Comparator.comparingDouble(Glyph::x0));
            out.add(new TextLine(words(line, spaces)));
        }
        return out;
    }

    private static List<Word> words(List<Glyph> line, List<Glyph> spaces) {
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (Glyph g : line) {
            top = Math.min(top, g.top());
            bottom = Math.max(bottom, g.base());
        }
        List<Glyph> own = new ArrayList<>();
        for (Glyph s : spaces) {
            if (s.cy() >= top && s.cy() <= bottom) {
                own.add(s);
            }
        }
        List<Word> words = new ArrayList<>();
        List<Glyph> word = new ArrayList<>();
        boolean spaced = false;
        Glyph prev = null;
        for (Glyph g : line) {
            boolean space = prev != null && spaceBetween(own, prev, g);
            if (prev != null && (space || g.x0() - prev.x1() > WORD_GAP * Math.max(g.size(), prev.size()))) {
                words.add(new Word(word, spaced));
                word = new ArrayList<>();
                spaced = space;
            }
            word.add(g);
            prev = g;
        }
        if (!word.isEmpty()) {
            words.add(new Word(word, spaced));
        }
        return words;
    }

    private static boolean spaceBetween(List<Glyph> spaces, Glyph a, Glyph b) {
        for (Glyph s : spaces) {
            if (s.cx() >= a.cx() && s.cx() <= b.cx()) {
                return true;
            }
        }
        return false;
    }
}
