package io.nianbao.corpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Writes a {@link CorpusCase} in a {@link Layout}. Stateless and thread-safe. */
public final class Renderer {

    /** The case as a file in the layout; the file name is {@code <case id>.<layout><ext>}. */
    public Rendering render(CorpusCase c, Layout layout) {
        Doc doc = DocBuilder.build(c.truth(), c.variation());
        Variation v = c.variation();
        String name = c.id() + "." + layout.label() + layout.extension();
        byte[] bytes = switch (layout) {
            case TXT_TAB -> TextRenderer.tab(doc, v.markdownHeadings(), v.shiftedLabels(), v.droppedSlots())
                    .getBytes(StandardCharsets.UTF_8);
            case TXT_TAB_GB18030 -> TextRenderer.tab(doc, v.markdownHeadings(), v.shiftedLabels(), v.droppedSlots())
                    .getBytes(Charset.forName("GB18030"));
            case TXT_CELL_PER_LINE -> TextRenderer.cellPerLine(doc, v.markdownHeadings())
                    .getBytes(StandardCharsets.UTF_8);
            case TXT_PIPE -> TextRenderer.pipe(doc, v.markdownHeadings(), false, v.droppedSlots())
                    .getBytes(StandardCharsets.UTF_8);
            case MD -> TextRenderer.pipe(doc, true, true, v.droppedSlots()).getBytes(StandardCharsets.UTF_8);
            case HTML -> HtmlRenderer.render(doc).getBytes(StandardCharsets.UTF_8);
            case DOCX -> DocxRenderer.render(doc);
        };
        return new Rendering(name, bytes, layout.label());
    }

    /** The HTML from which the committed Word/PDF files are made by LibreOffice. */
    public String html(CorpusCase c) {
        return HtmlRenderer.render(DocBuilder.build(c.truth(), c.variation()));
    }
}
