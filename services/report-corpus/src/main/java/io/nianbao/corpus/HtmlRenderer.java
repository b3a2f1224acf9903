package io.nianbao.corpus;

/** HTML with rowspan/colspan tables, the way agencies publish on their web sites. */
final class HtmlRenderer {

    private HtmlRenderer() {
    }

    static String render(Doc doc) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" "
                + "content=\"text/html; charset=utf-8\"><title>年报</title><style>table{border-collapse:collapse;"
                + "width:100%} td{border:1px solid #000;font-size:9pt}</style></head><body>\n");
        for (Doc.Block block : doc.blocks()) {
            if (block instanceof Doc.Heading h) {
                b.append("<h").append(h.level()).append('>').append(esc(h.text())).append("</h").append(h.level())
                        .append(">\n");
            } else if (block instanceof Doc.Paragraph p) {
                b.append("<p>").append(esc(p.text())).append("</p>\n");
            } else if (block instanceof Doc.Chrome c) {
                b.append("<div class=\"chrome\">").append(links(c.text())).append("</div>\n");
            } else if (block instanceof Doc.Table t) {
                b.append("<table width=\"100%\">\n");
                Doc.TableCell[][] grid = t.grid();
                for (Doc.TableCell[] row : grid) {
                    b.append("<tr>");
                    for (Doc.TableCell c : row) {
                        if (c == null) {
                            continue;
                        }
                        b.append("<td");
                        if (c.rowSpan() > 1) {
                            b.append(" rowspan=\"").append(c.rowSpan()).append('"');
                        }
                        if (c.colSpan() > 1) {
                            b.append(" colspan=\"").append(c.colSpan()).append('"');
                        }
                        b.append('>').append(esc(c.text()).replace("\n", "<br>")).append("</td>");
                    }
                    b.append("</tr>\n");
                }
                b.append("</table>\n");
            }
        }
        return b.append("</body></html>\n").toString();
    }

    /**
     * A chrome line as a web page marks it up: the words between separators ({@code >}, {@code |}, {@code /},
     * {@code 【】}) are links, so the text a reader extracts is the line itself.
     */
    private static String links(String line) {
        StringBuilder b = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[^>|/【】\\s：:]+").matcher(line);
        int at = 0;
        while (m.find()) {
            b.append(esc(line.substring(at, m.start())));
            String word = m.group();
            b.append(word.length() <= 6 ? "<a href=\"#\">" + esc(word) + "</a>" : "<span>" + esc(word) + "</span>");
            at = m.end();
        }
        return b.append(esc(line.substring(at))).toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
