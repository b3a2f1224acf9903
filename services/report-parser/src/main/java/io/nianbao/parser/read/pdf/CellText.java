package io.nianbao.parser.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text of the glyphs that sit in one table cell: printed lines top to bottom, glyphs left to right. Lines of a
 * cell are one wrapped text (a long label, a header written one character per line: 科/研/机/构), so they are
 * joined without a break; only two Latin letters or digits meeting across a wrap get a space.
 */
final class CellText {

    /** A gap wider than this share of the font size between two glyphs of a line is written as a space. */
    private static final float SPACE = 0.3f;

    private CellText() {
    }

    static String of(List<Glyph> glyphs) {
        List<List<Glyph>> lines = lines(glyphs);
        StringBuilder out = new StringBuilder();
        for (List<Glyph> line : lines) {
            String text = lineText(line);
            if (!out.isEmpty() && !text.isEmpty() && latin(out.charAt(out.length() - 1)) && latin(text.charAt(0))) {
                out.append(' ');
            }
            out.append(text);
        }
        return out.toString().strip();
    }

    /** Glyphs grouped into printed lines by baseline, top to bottom, each sorted left to right. */
    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::base).thenComparingDouble(Glyph::x0));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> current = null;
        float base = 0;
        for (Glyph g : sorted) {
            if (current == null || g.base() - base > 0.4f * g.size()) {
                current = new ArrayList<>();
                lines.add(current);
                base = g.base();
            }
            current.add(g);
        }
        lines.forEach(l -> l.sort(Comparator.comparingDouble(Glyph::x0)));
        return lines;
    }

    static String lineText(List<Glyph> line) {
        StringBuilder b = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : line) {
            if (prev != null && Spacing.space(prev, g, SPACE * Math.max(g.size(), prev.size()) / 0.2f)) {
                b.append(' ');
            }
            b.append(g.text());
            prev = g;
        }
        return b.toString();
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
