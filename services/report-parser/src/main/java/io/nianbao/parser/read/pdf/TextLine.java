package io.nianbao.parser.read.pdf;

import java.util.ArrayList;
import java.util.List;

/** One printed line as PDFBox groups it (words sorted by position), on one page. */
record TextLine(List<Word> words) {

    TextLine {
        words = List.copyOf(words);
    }

    List<Glyph> glyphs() {
        List<Glyph> out = new ArrayList<>();
        words.forEach(w -> out.addAll(w.glyphs()));
        return out;
    }

    float x0() {
        float x = Float.MAX_VALUE;
        for (Word w : words) {
            x = Math.min(x, w.x0());
        }
        return x;
    }

    float x1() {
        float x = -Float.MAX_VALUE;
        for (Word w : words) {
            x = Math.max(x, w.x1());
        }
        return x;
    }

    float top() {
        float y = Float.MAX_VALUE;
        for (Word w : words) {
            for (Glyph g : w.glyphs()) {
                y = Math.min(y, g.top());
            }
        }
        return y;
    }

    float base() {
        return words.get(0).base();
    }

    String text() {
        StringBuilder b = new StringBuilder();
        words.forEach(w -> b.append(b.isEmpty() ? "" : " ").append(w.text()));
        return b.toString();
    }

    /** The same line with only the glyphs that {@code keep} accepts (words left empty are dropped). */
    TextLine retain(java.util.function.Predicate<Glyph> keep) {
        List<Word> out = new ArrayList<>();
        for (Word w : words) {
            List<Glyph> kept = w.glyphs().stream().filter(keep).toList();
            if (!kept.isEmpty()) {
                out.add(kept.size() == w.glyphs().size() ? w : new Word(kept, w.spaced()));
            }
        }
        return new TextLine(out);
    }
}
