package io.nianbao.parser.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads HTML (and Word's "HTML saved as .doc"). The charset comes from a meta tag when it decodes cleanly, else
 * from detection. Tables are rebuilt from rowspan/colspan on a grid, an empty {@code <td>} staying an empty cell
 * in its column; a layout table that wraps the page (tables inside its cells) is read as page blocks. Other
 * block elements become paragraphs ({@code paragraph N}); table cells are {@code table T row R cell C}.
 */
public final class HtmlReader implements FormatReader {

    private static final Pattern META_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "section", "article", "header", "footer", "main", "blockquote", "pre", "center", "br", "hr",
            "dl", "dt", "dd", "form", "nav", "aside", "address", "figure", "figcaption", "caption", "body", "html");
    private static final Set<String> SKIP = Set.of("script", "style", "head", "noscript", "template", "svg", "iframe");

    @Override
    public Intermediate read(byte[] bytes) throws UnreadableException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, m.find() ? m.group(1) : null);
        Document doc = Jsoup.parse(decoded.text());
        Walker walker = new Walker();
        walker.walk(doc.body() == null ? doc : doc.body());
        walker.flush();
        return new Intermediate(walker.rows, decoded.encoding());
    }

    /** Depth-first walk that turns block text into paragraphs and tables into grid rows. */
    private static final class Walker {
        private final List<Row> rows = new ArrayList<>();
        private final StringBuilder inline = new StringBuilder();
        private int paragraphs;
        private int tables;

        void walk(Node node) {
            for (Node child : node.childNodes()) {
                if (child instanceof TextNode text) {
                    inline.append(text.text());
                } else if (child instanceof Element el) {
                    String tag = el.normalName().toLowerCase(Locale.ROOT);
                    if (SKIP.contains(tag)) {
                        continue;
                    }
                    if (tag.equals("table")) {
                        flush();
                        table(el);
                    } else if (BLOCKS.contains(tag)) {
                        flush();
                        walk(el);
                        flush();
                    } else {
                        walk(el);
                    }
                }
            }
        }

        void flush() {
            String t = inline.toString().replace('\u00A0', ' ').strip();
            inline.setLength(0);
            if (!t.isEmpty()) {
                paragraphs++;
                rows.add(Row.paragraph(t, "paragraph " + paragraphs));
            }
        }

        private void table(Element table) {
            if (isLayout(table)) {
                for (Element tr : ownRows(table)) {
                    for (Element cell : tr.children()) {
                        flush();
                        walk(cell);
                        flush();
                    }
                }
                return;
            }
            tables++;
            GridBuilder grid = new GridBuilder(tables);
            for (Element tr : ownRows(table)) {
                grid.startRow();
                for (Element cell : tr.children()) {
                    String tag = cell.normalName();
                    if (tag.equals("td") || tag.equals("th")) {
                        grid.add(cell.text().replace('\u00A0', ' ').strip(), span(cell, "rowspan"),
                                span(cell, "colspan"));
                    }
                }
            }
            rows.addAll(grid.rows());
        }

        /**
         * A page-layout table (a government site often wraps the whole article in one) holds other tables in its
         * cells; its cells are read as blocks of the page, not as one row of a table.
         */
        private static boolean isLayout(Element table) {
            for (Element tr : ownRows(table)) {
                for (Element cell : tr.children()) {
                    if (!cell.getElementsByTag("table").isEmpty()) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static List<Element> ownRows(Element table) {
            List<Element> out = new ArrayList<>();
            for (Element child : table.children()) {
                String tag = child.normalName();
                if (tag.equals("tr")) {
                    out.add(child);
                } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                    for (Element tr : child.children()) {
                        if (tr.normalName().equals("tr")) {
                            out.add(tr);
                        }
                    }
                }
            }
            return out;
        }

        private static int span(Element cell, String attr) {
            try {
                return Integer.parseInt(cell.attr(attr).strip());
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
