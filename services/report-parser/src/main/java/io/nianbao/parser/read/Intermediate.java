package io.nianbao.parser.read;

import java.util.List;

/**
 * A document reduced to what the extractor needs: the rows (paragraphs and table rows) in reading order,
 * plus the detected text encoding (null for binary formats).
 */
public record Intermediate(List<Row> rows, String encoding) {

    public Intermediate {
        rows = List.copyOf(rows);
    }

    /** Number of characters of real text, to tell an image-only document from a text one. */
    public int textLength() {
        return rows.stream().mapToInt(r -> r.text().strip().length()).sum();
    }
}
