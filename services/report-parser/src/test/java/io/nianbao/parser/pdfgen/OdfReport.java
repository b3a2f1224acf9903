package io.nianbao.parser.pdfgen;

import java.util.List;

/**
 * Writes a {@link FixtureReport} as a flat OpenDocument text (.fodt) the way an agency's Word file looks, for
 * LibreOffice to export as PDF: a running header with the agency's name, a footer 第 N 页 共 M 页, Table 3 with seven
 * narrow value columns, a header written one character per line (科/研/机/构), labels wrapped over two lines with
 * the values centred beside them, and a page break inside the table.
 */
final class OdfReport {

    /** How the tables are drawn. */
    record Style(boolean borders, boolean repeatHeader, String valueAlign, double valueWidthCm,
                 double paddingCm) {
    }

    private final FixtureReport report;
    private final Style style;
    private final StringBuilder out = new StringBuilder();

    OdfReport(FixtureReport report, Style style) {
        this.report = report;
        this.style = style;
    }

    String xml() {
        out.setLength(0);
        head();
        p("Title", report.title());
        h("一、总体情况");
        report.overview().forEach(t -> p("Body", t));
        h("二、主动公开政府信息情况");
        table2();
        h("三、收到和处理政府信息公开申请情况");
        table3();
        h("四、政府信息公开行政复议、行政诉讼情况");
        table4();
        h("五、存在的主要问题及改进情况");
        report.problems().forEach(t -> p("Body", t));
        h("六、其他需要报告的事项");
        report.other().forEach(t -> p("Body", t));
        p("Sign", report.agency());
        p("Sign", report.date());
        out.append("</office:text></office:body></office:document>\n");
        return out.toString();
    }

    private void head() {
        String border = style.borders() ? "0.5pt solid #000000" : "none";
        out.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
                 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
                 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
                <office:font-face-decls>
                 <style:font-face style:name="CJK" svg:font-family="'Noto Sans CJK SC'"/>
                </office:font-face-decls>
                <office:styles>
                 <style:default-style style:family="paragraph">
                  <style:text-properties style:font-name="CJK" style:font-name-asian="CJK"
                   fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>
                 </style:default-style>
                </office:styles>
                <office:automatic-styles>
                 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm"
                  fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm"
                  fo:margin-right="2cm"/><style:header-style/><style:footer-style/></style:page-layout>
                """);
        out.append(" <style:style style:name=\"C\" style:family=\"table-cell\"><style:table-cell-properties"
                + " fo:border=\"" + border + "\" fo:padding=\"" + style.paddingCm() + "cm\""
                + " style:vertical-align=\"middle\"/></style:style>\n");
        para("Title", "center", "16pt", true, "0.3cm");
        para("H", "start", "12pt", true, "0.15cm");
        para("Body", "justify", "10.5pt", false, "0.1cm");
        para("Sign", "end", "10.5pt", false, "0cm");
        para("PL", "start", "9pt", false, "0cm");
        para("PC", "center", "9pt", false, "0cm");
        para("PV", style.valueAlign(), "9pt", false, "0cm");
        column("L1", 1.5);
        column("L2", 2.0);
        column("L3", 17.0 - 3.5 - 7 * style.valueWidthCm());
        column("V", style.valueWidthCm());
        column("T2L", 4.4);
        column("T2V", 4.2);
        column("T4", 17.0 / 15);
        out.append("""
                 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm"
                  table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/></style:style>
                </office:automatic-styles>
                <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
                """);
        out.append(" <style:header><text:p text:style-name=\"PC\">").append(report.agency())
                .append("</text:p></style:header>\n");
        out.append(" <style:footer><text:p text:style-name=\"PC\">第 <text:page-number text:select-page=\"current\">1"
                + "</text:page-number> 页 共 <text:page-count>1</text:page-count> 页</text:p></style:footer>\n");
        out.append("</style:master-page></office:master-styles>\n<office:body><office:text>\n");
    }

    private void para(String name, String align, String size, boolean bold, String below) {
        out.append(" <style:style style:name=\"").append(name).append("\" style:family=\"paragraph\">")
                .append("<style:paragraph-properties fo:text-align=\"").append(align)
                .append("\" fo:margin-bottom=\"").append(below).append("\"")
                .append(name.equals("Body") ? " fo:text-indent=\"0.74cm\"" : "").append("/>")
                .append("<style:text-properties fo:font-size=\"").append(size)
                .append("\" style:font-size-asian=\"").append(size).append("\"")
                .append(bold ? " fo:font-weight=\"bold\" style:font-weight-asian=\"bold\"" : "")
                .append("/></style:style>\n");
    }

    private void column(String name, double cm) {
        out.append(" <style:style style:name=\"").append(name).append("\" style:family=\"table-column\">")
                .append("<style:table-column-properties style:column-width=\"").append(String.format("%.3fcm", cm))
                .append("\"/></style:style>\n");
    }

    private void p(String styleName, String text) {
        out.append("<text:p text:style-name=\"").append(styleName).append("\">").append(esc(text))
                .append("</text:p>\n");
    }

    private void h(String text) {
        p("H", text);
    }

    private void table2() {
        startTable();
        out.append("<table:table table:name=\"T2\" table:style-name=\"Tbl\">")
                .append("<table:table-column table:style-name=\"T2L\"/>")
                .append("<table:table-column table:style-name=\"T2V\" table:number-columns-repeated=\"3\"/>\n");
        span4("第二十条第（一）项");
        row(List.of(cell("信息内容", "PC"), cell("本年制发件数", "PC"), cell("本年废止件数", "PC"),
                cell("现行有效件数", "PC")));
        row(List.of(cell("规章", "PL"), cell("0", "PV"), cell("0", "PV"), cell("2", "PV")));
        row(List.of(cell("行政规范性文件", "PL"), cell("3", "PV"), cell("1", "PV"), cell("17", "PV")));
        for (String[] part : new String[][] {
                {"第二十条第（五）项", "本年处理决定数量", "行政许可", "126"},
                {"第二十条第（六）项", "本年处理决定数量", "行政处罚", "35"},
                {"第二十条第（八）项", "本年收费金额（单位：万元）", "行政事业性收费", "0"}}) {
            span4(part[0]);
            row(List.of(cell("信息内容", "PC"), span(part[1], "PC", 3, 1)));
            row(List.of(cell(part[2], "PL"), span(part[3], "PV", 3, 1)));
        }
        out.append("</table:table>\n");
    }

    private void span4(String text) {
        row(List.of(span(text, "PL", 4, 1)));
    }

    private void table3() {
        Integer[][] v = report.table3();
        startTable();
        out.append("<table:table table:name=\"T3\" table:style-name=\"Tbl\">")
                .append("<table:table-column table:style-name=\"L1\"/><table:table-column table:style-name=\"L2\"/>")
                .append("<table:table-column table:style-name=\"L3\"/>")
                .append("<table:table-column table:style-name=\"V\" table:number-columns-repeated=\"7\"/>\n");
        if (style.repeatHeader()) {
            out.append("<table:table-header-rows>\n");
        }
        row(List.of(span(FixtureReport.NOTE, "PL", 3, 3), span("申请人情况", "PC", 7, 1)));
        row(List.of(span("自然人", "PC", 1, 2), span("法人或其他组织", "PC", 5, 1), span("总计", "PC", 1, 2)));
        List<Spec> orgs = new java.util.ArrayList<>();
        for (String a : FixtureReport.APPLICANTS) {
            orgs.add(cell(a.equals("科研机构") ? String.join("\n", a.split("")) : a, "PC"));
        }
        row(orgs);
        if (style.repeatHeader()) {
            out.append("</table:table-header-rows>\n");
        }
        String[][] labels = FixtureReport.T3_LABELS;
        for (int r = 0; r < labels.length; r++) {
            List<Spec> cells = new java.util.ArrayList<>();
            String group = labels[r][0];
            if (group == null) {
                cells.add(span(labels[r][1], "PL", 3, 1));
            } else {
                if (r == 2) {
                    cells.add(span("三、本年度办理结果", "PL", 1, 23 - 2 + 1));
                }
                if (group.isEmpty()) {
                    cells.add(span(labels[r][1], "PL", 2, 1));
                } else {
                    if (r == 0 || !group.equals(labels[r - 1][0])) {
                        int n = 0;
                        while (r + n < labels.length && group.equals(labels[r + n][0])) {
                            n++;
                        }
                        cells.add(span(group, "PL", 1, n));
                    }
                    cells.add(cell(labels[r][1], "PL"));
                }
            }
            for (Integer x : v[r]) {
                cells.add(cell(FixtureReport.text(x), "PV"));
            }
            row(cells);
        }
        out.append("</table:table>\n");
    }

    private void table4() {
        startTable();
        out.append("<table:table table:name=\"T4\" table:style-name=\"Tbl\">")
                .append("<table:table-column table:style-name=\"T4\" table:number-columns-repeated=\"15\"/>\n");
        row(List.of(span("行政复议", "PC", 5, 1), span("行政诉讼", "PC", 10, 1)));
        List<Spec> second = new java.util.ArrayList<>();
        for (String k : FixtureReport.T4_RESULTS) {
            second.add(span(k, "PC", 1, 2));
        }
        second.add(span("未经复议直接起诉", "PC", 5, 1));
        second.add(span("复议后起诉", "PC", 5, 1));
        row(second);
        List<Spec> third = new java.util.ArrayList<>();
        for (int g = 0; g < 2; g++) {
            for (String k : FixtureReport.T4_RESULTS) {
                third.add(cell(k, "PC"));
            }
        }
        row(third);
        List<Spec> values = new java.util.ArrayList<>();
        for (Integer x : report.table4()) {
            values.add(cell(FixtureReport.text(x), "PV"));
        }
        row(values);
        out.append("</table:table>\n");
    }

    /** A cell to write: its text (lines split by \n), paragraph style and spans. */
    private record Spec(String text, String para, int columns, int rows) {
    }

    /** Columns still covered by a cell spanning rows from above: column → last row index it covers. */
    private final java.util.Map<Integer, Integer> coveredUntil = new java.util.HashMap<>();
    private int rowIndex;

    private void startTable() {
        coveredUntil.clear();
        rowIndex = 0;
    }

    /** A row: cells covered from the left or from above are written as covered cells, as ODF requires. */
    private void row(List<Spec> cells) {
        out.append("<table:table-row>");
        int c = 0;
        int i = 0;
        while (i < cells.size() || coveredUntil.getOrDefault(c, -1) >= rowIndex) {
            if (coveredUntil.getOrDefault(c, -1) >= rowIndex) {
                out.append("<table:covered-table-cell/>");
                c++;
                continue;
            }
            Spec s = cells.get(i++);
            out.append(xml(s));
            for (int k = c; k < c + s.columns(); k++) {
                if (s.rows() > 1) {
                    coveredUntil.put(k, rowIndex + s.rows() - 1);
                }
                if (k > c) {
                    out.append("<table:covered-table-cell/>");
                }
            }
            c += s.columns();
        }
        out.append("</table:table-row>\n");
        rowIndex++;
    }

    private static Spec cell(String text, String para) {
        return new Spec(text, para, 1, 1);
    }

    private static Spec span(String text, String para, int columns, int rows) {
        return new Spec(text, para, columns, rows);
    }

    private static String xml(Spec s) {
        StringBuilder b = new StringBuilder("<table:table-cell table:style-name=\"C\" office:value-type=\"string\"");
        if (s.columns() > 1) {
            b.append(" table:number-columns-spanned=\"").append(s.columns()).append('"');
        }
        if (s.rows() > 1) {
            b.append(" table:number-rows-spanned=\"").append(s.rows()).append('"');
        }
        b.append("><text:p text:style-name=\"").append(s.para()).append("\">");
        String[] lines = s.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            b.append(i > 0 ? "<text:line-break/>" : "").append(esc(lines[i]));
        }
        return b.append("</text:p></table:table-cell>").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
