package io.nianbao.parser.read.pdf;

import io.nianbao.parser.read.Row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One page as rows in reading order: each table drawn with borders as its grid rows ({@link RuledGrid}), every
 * other printed line as one row ({@link LineRows}).
 */
final class PageLayout {

    /** Rows placed on the page: a printed line (with its row) or a whole drawn table (line is null). */
    record Placed(float y, List<Row> rows, TextLine line) {
    }

    private PageLayout() {
    }

    /** {@code tables} numbers the drawn tables through the document (its one element is the last number used). */
    static List<Placed> layout(PageText page, int[] tables) {
        List<RuledGrid> grids = RuledGrid.find(page.rulings());
        List<List<Glyph>> inGrid = new ArrayList<>();
        grids.forEach(g -> inGrid.add(new ArrayList<>()));
        List<TextLine> rest = new ArrayList<>();
        for (TextLine line : page.lines()) {
            TextLine outside = line.retain(g -> {
                for (int i = 0; i < grids.size(); i++) {
                    if (grids.get(i).contains(g)) {
                        inGrid.get(i).add(g);
                        return false;
                    }
                }
                return true;
            });
            if (!outside.words().isEmpty()) {
                rest.add(outside);
            }
        }
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < grids.size(); i++) {
            if (!inGrid.get(i).isEmpty()) {
                List<Row> rows = grids.get(i).rows(inGrid.get(i), page.number(), ++tables[0]);
                if (!rows.isEmpty()) {
                    placed.add(new Placed(grids.get(i).top(), rows, null));
                }
            }
        }
        List<Row> lineRows = LineRows.rows(rest, page.number());
        for (int i = 0; i < rest.size(); i++) {
            if (lineRows.get(i) != null) {
                placed.add(new Placed(rest.get(i).base(), List.of(lineRows.get(i)), rest.get(i)));
            }
        }
        placed.sort(Comparator.comparingDouble(Placed::y));
        return placed;
    }
}
