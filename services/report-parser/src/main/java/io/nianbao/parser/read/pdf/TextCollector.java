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
 * Runs PDFBox's text stripper and keeps, instead of its text, every glyph with its box (space characters included,
 * as word separators); at the end of each page it groups them into lines ({@link LineBuilder}) and collects the
 * page's ruling lines ({@link RulingCollector}).
 */
final class TextCollector extends PDFTextStripper {

    private final List<PageText> pages = new ArrayList<>();
    private final List<Raw> glyphs = new ArrayList<>();
    private final Map<Integer, Integer> directions = new HashMap<>();

    /** A glyph as PDFBox reports it: position in its own direction, and its origin on the page. */
    private record Raw(String text, int dir, float x, float y, float width, float size, float pageX, float pageY) {
    }

    TextCollector() throws IOException {
        super();
        setSortByPosition(true);
    }

    List<PageText> pages() {
        return pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        glyphs.clear();
        directions.clear();
        super.startPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
            String u = p.getUnicode();
            if (u == null || u.isEmpty()) {
                continue;
            }
            float size = Math.max(1f, p.getTextMatrix().getScalingFactorY());
            int dir = Math.round(p.getDir());
            glyphs.add(new Raw(u.isBlank() ? " " : u, dir, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), size,
                    p.getTextMatrix().getTranslateX(), p.getTextMatrix().getTranslateY()));
            directions.merge(dir, 1, Integer::sum);
        }
    }

    @Override
    protected void writeLineSeparator() {
        // lines are grouped by position in LineBuilder
    }

    @Override
    protected void writeWordSeparator() {
        // words are kept apart in writeString; gaps are judged by position
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        int direction = directions.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(0);
        List<Segment> rulings = new RulingCollector(page, direction).collect();
        List<Glyph> placed = new ArrayList<>();
        for (Raw r : glyphs) {
            if (r.dir() == direction) {
                placed.add(Glyph.of(r.text(), r.x(), r.width(), r.y(), r.size()));
            } else {
                // text turned against the page's own (a header cell written sideways): placed by its origin
                float[] at = Frame.map(r.pageX(), r.pageY(), direction, page.getCropBox());
                placed.add(Glyph.of(r.text(), at[0], r.size(), at[1], r.size()));
            }
        }
        pages.add(new PageText(getCurrentPageNo(), LineBuilder.lines(placed), rulings));
        super.endPage(page);
    }
}
