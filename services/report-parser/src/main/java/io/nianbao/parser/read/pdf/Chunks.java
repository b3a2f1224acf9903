package io.nianbao.parser.read.pdf;

import io.nianbao.parser.read.Cell;

import java.util.ArrayList;
import java.util.List;

/**
 * Cells of a printed line outside a drawn table, by whitespace: words further apart than one and a half
 * characters start a new cell, closer words are joined with a space. Text lines keep this reading; table columns
 * that run together are separated afterwards by {@link ColumnModel}.
 */
final class Chunks {

    private Chunks() {
    }

    static List<Cell> cells(List<Word> words, int page) {
        List<Cell> cells = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Word start = null;
        Word prev = null;
        for (Word w : words) {
            if (prev != null && w.x0() - prev.x1() > 1.5f * Math.max(prev.charWidth(), w.charWidth())) {
                cells.add(new Cell(text.toString().strip(), RuledGrid.where(page, start.x0(), start.base())));
                text.setLength(0);
                start = null;
            } else if (prev != null && (w.spaced() || Spacing.space(last(prev), w.glyphs().get(0),
                    Math.max(prev.charWidth(), w.charWidth())))) {
                text.append(' ');
            }
            if (start == null) {
                start = w;
            }
            text.append(w.text());
            prev = w;
        }
        if (start != null) {
            cells.add(new Cell(text.toString().strip(), RuledGrid.where(page, start.x0(), start.base())));
        }
        return cells;
    }

    private static Glyph last(Word w) {
        return w.glyphs().get(w.glyphs().size() - 1);
    }
}
