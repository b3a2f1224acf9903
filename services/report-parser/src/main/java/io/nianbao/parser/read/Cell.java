package io.nianbao.parser.read;

/**
 * One cell (or one paragraph) of the intermediate document: its text and where it was found,
 * e.g. {@code line 93 col 8}, {@code table 2 row 5 cell 3} or {@code page 3 x=120 y=400}.
 */
public record Cell(String text, String where) {

    public Cell {
        text = text == null ? "" : text;
    }

    public boolean blank() {
        return text.isBlank();
    }
}
