package io.nianbao.parser.read.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs PDFBox's text stripper (sorted by position) and keeps, instead of its text, every glyph with its box,
 * grouped into PDFBox's words and lines; at the end of each page it also collects the page's ruling lines.
 */
final class TextCollector extends PDFTextStripper {

    private final List<PageText> pages = new ArrayList<>();
    private final List<TextLine> lines = new ArrayList<>();
    private final List<Word> line = new ArrayList<>();
    private final Map<Integer, Integer> directions = new HashMap<>();

    TextCollector() throws IOException {
        super();
        setSortByPosition(true);
    }

    List<PageText> pages() {
        return pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        lines.clear();
        line.clear();
        directions.clear();
        super.startPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (text.isBlank()) {
            return;
        }
        List<Glyph> glyphs = new ArrayList<>();
        for (TextPosition p : positions) {
            String u = p.getUnicode();
            if (u == null || u.isBlank()) {
                continue;
            }
            float x0 = p.getXDirAdj();
            float base = p.getYDirAdj();
            float height = Math.max(1f, p.getHeightDir());
            glyphs.add(new Glyph(u, x0, x0 + Math.max(0.1f, p.getWidthDirAdj()), base - height, base,
                    Math.max(1f, p.getFontSizeInPt())));
            directions.merge(Math.round(p.getDir()), 1, Integer::sum);
        }
        if (!glyphs.isEmpty()) {
            line.add(new Word(text, glyphs));
        }
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeWordSeparator() {
        // words are kept apart in writeString; gaps are judged by position
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
        int direction = directions.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(0);
        List<Segment> rulings = new RulingCollector(page, direction).collect();
        pages.add(new PageText(getCurrentPageNo(), lines, rulings));
        super.endPage(page);
    }

    private void endLine() {
        if (!line.isEmpty()) {
            lines.add(new TextLine(line));
            line.clear();
        }
    }
}
