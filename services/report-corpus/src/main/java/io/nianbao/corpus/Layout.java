package io.nianbao.corpus;

/** A file layout the corpus renders: format, flattening and encoding. */
public enum Layout {
    /** Tab-separated table rows, merged cells as empty cells, UTF-8. */
    TXT_TAB("txt-tab", ".txt"),
    /** Tab-separated table rows in GB18030 bytes. */
    TXT_TAB_GB18030("txt-tab-gb18030", ".txt"),
    /** One cell per line (tab-led), rows separated by blank lines, merged cells dropped. */
    TXT_CELL_PER_LINE("txt-cell-per-line", ".txt"),
    /** Pipe rows {@code | a | b |} with {@code |  |} gaps from merged cells. */
    TXT_PIPE("txt-pipe", ".txt"),
    /** Markdown: #-headings and pipe tables with a separator row. */
    MD("md", ".md"),
    /** HTML tables with rowspan/colspan. */
    HTML("html", ".html"),
    /** Word 2007+ with real merged cells (gridSpan / vMerge), written with POI XWPF. */
    DOCX("docx", ".docx");

    private final String label;
    private final String extension;

    Layout(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    /** Short name used in reports and file names, e.g. {@code txt-tab-gb18030}. */
    public String label() {
        return label;
    }

    /** File name extension including the dot. */
    public String extension() {
        return extension;
    }
}
