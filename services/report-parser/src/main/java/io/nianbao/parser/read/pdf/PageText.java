package io.nianbao.parser.read.pdf;

import java.util.List;

/** What one page gives the layout: its printed lines and its ruling lines. */
record PageText(int number, List<TextLine> lines, List<Segment> rulings) {

    PageText {
        lines = List.copyOf(lines);
        rulings = List.copyOf(rulings);
    }
}
