package io.nianbao.corpus;

import io.nianbao.model.ActiveDisclosure;
import io.nianbao.model.Applications;
import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;
import io.nianbao.model.Section;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Lays a truth report out as a {@link Doc}: title, six sections with the national form's tables, signature. */
final class DocBuilder {

    private static final String[] CN = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final Map<String, String> LEAVES = Map.ofEntries(
            Map.entry("withheld.stateSecret", "1．属于国家秘密"),
            Map.entry("withheld.lawProhibited", "2．其他法律行政法规禁止公开"),
            Map.entry("withheld.securityStability", "3．危及“三安全一稳定”"),
            Map.entry("withheld.thirdParty", "4．保护第三方合法权益"),
            Map.entry("withheld.internalAffairs", "5．属于三类内部事务信息"),
            Map.entry("withheld.processInformation", "6．属于四类过程性信息"),
            Map.entry("withheld.enforcementFile", "7．属于行政执法案卷"),
            Map.entry("withheld.administrativeQuery", "8．属于行政查询事项"),
            Map.entry("unavailable.notHeld", "1．本机关不掌握相关政府信息"),
            Map.entry("unavailable.needsCreation", "2．没有现成信息需要另行制作"),
            Map.entry("unavailable.unclear", "3．补正后申请内容仍不明确"),
            Map.entry("notProcessed.petition", "1．信访举报投诉类申请"),
            Map.entry("notProcessed.repeated", "2．重复申请"),
            Map.entry("notProcessed.publication", "3．要求提供公开出版物"),
            Map.entry("notProcessed.excessive", "4．无正当理由大量反复申请"),
            Map.entry("notProcessed.confirmation", "5．要求行政机关确认或重新出具已获取信息"),
            Map.entry("otherHandling.overdueCorrection", "1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
            Map.entry("otherHandling.overdueFee", "2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
            Map.entry("otherHandling.other", "3．其他"));
    private static final List<String[]> GROUPS = List.of(
            new String[] {"withheld.", "（三）不予公开"},
            new String[] {"unavailable.", "（四）无法提供"},
            new String[] {"notProcessed.", "（五）不予处理"},
            new String[] {"otherHandling.", "（六）其他处理"});

    private final Report report;
    private final Variation v;

    private DocBuilder(Report report, Variation v) {
        this.report = report;
        this.v = v;
    }

    static Doc build(Report report, Variation variation) {
        return new DocBuilder(report, variation).build();
    }

    private Doc build() {
        List<Doc.Block> blocks = new ArrayList<>();
        String agency = report.agency();
        String simplifiedAgency = agency;
        WebChrome chrome = new WebChrome(v.detail(), agency, report.publishedOn());
        if (v.chrome().before()) {
            blocks.addAll(chrome.before());
        }
        if (v.agencyAboveTitle()) {
            blocks.add(new Doc.Paragraph(simplifiedAgency));
            blocks.add(new Doc.Heading(1, report.year() + "年政府信息公开工作年度报告"));
        } else {
            blocks.add(new Doc.Heading(1, simplifiedAgency + report.year()
                    + (v.subHeadings() ? "年度" : "年") + "政府信息公开工作年度报告"));
        }
        if (v.chrome().between()) {
            blocks.addAll(chrome.between());
        }
        for (Section s : report.sections()) {
            if (!s.present()) {
                continue;
            }
            blocks.add(new Doc.Heading(2, numbered(s.number(), s.title())));
            switch (s.number()) {
                case 2 -> {
                    if (report.tables().activeDisclosure() != null) {
                        blocks.addAll("2019".equals(report.template()) ? table2For2019() : table2For2021());
                    }
                }
                case 3 -> {
                    if (report.tables().applications() != null) {
                        blocks.add(table3(report.tables().applications()));
                    }
                }
                case 4 -> {
                    if (report.tables().reviewLitigation() != null) {
                        blocks.add(table4(report.tables().reviewLitigation()));
                    }
                }
                default -> {
                }
            }
            if (s.text() != null && !s.text().isEmpty()) {
                for (String p : s.text().split("\n")) {
                    blocks.add(new Doc.Paragraph(p));
                }
            }
        }
        blocks.add(new Doc.Paragraph(simplifiedAgency));
        blocks.add(new Doc.Paragraph(date(report.publishedOn())));
        if (v.chrome().after()) {
            blocks.addAll(chrome.after());
        }
        return transform(new Doc(blocks));
    }

    /** Punctuation and Traditional conversion applied to every string (the agency is already as printed). */
    private Doc transform(Doc doc) {
        UnaryOperator<String> f = s -> {
            String t = s;
            if (v.asciiPunctuation()) {
                t = t.replace('（', '(').replace('）', ')').replace('：', ':').replace('，', ',').replace('．', '.');
            }
            return v.traditional() ? Traditional.convert(t) : t;
        };
        List<Doc.Block> out = new ArrayList<>();
        for (Doc.Block b : doc.blocks()) {
            if (b instanceof Doc.Heading h) {
                out.add(new Doc.Heading(h.level(), f.apply(h.text())));
            } else if (b instanceof Doc.Paragraph p) {
                out.add(new Doc.Paragraph(f.apply(p.text())));
            } else if (b instanceof Doc.Chrome c) {
                out.add(new Doc.Chrome(f.apply(c.text())));
            } else if (b instanceof Doc.Table t) {
                List<Doc.TableCell> cells = new ArrayList<>();
                for (Doc.TableCell c : t.cells()) {
                    cells.add(new Doc.TableCell(c.row(), c.col(), c.rowSpan(), c.colSpan(), f.apply(c.text())));
                }
                out.add(new Doc.Table(t.width(), t.height(), cells, t.kind()));
            }
        }
        return new Doc(out);
    }

    private String numbered(int n, String title) {
        return switch (v.headings()) {
            case CHINESE -> CN[n] + "、" + title;
            case ARABIC -> n + (n == 6 ? "、" : ".") + title;
            case UNNUMBERED -> n == 2 ? "、" + title : title;
            case PART -> "第" + CN[n] + "部分 " + title;
        };
    }

    private String date(LocalDate d) {
        if (!v.chineseDate()) {
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        }
        StringBuilder y = new StringBuilder();
        for (char c : String.valueOf(d.getYear()).toCharArray()) {
            y.append("〇一二三四五六七八九".charAt(c - '0'));
        }
        return y + "年" + cnNumber(d.getMonthValue()) + "月" + cnNumber(d.getDayOfMonth()) + "日";
    }

    private static String cnNumber(int n) {
        if (n <= 10) {
            return CN[n];
        }
        return (n / 10 == 1 ? "" : CN[n / 10]) + "十" + (n % 10 == 0 ? "" : CN[n % 10]);
    }

    private String value(Integer x) {
        return x == null ? v.blankMarker() : x.toString();
    }

    private String decimal(BigDecimal x, boolean signed) {
        if (x == null) {
            return v.blankMarker();
        }
        return (signed && x.signum() > 0 ? "+" : "") + x.toPlainString();
    }

    /** One 第二十条 item of Table 2: its header words and its rows (label, printed values). */
    private record Part(String item, List<String> heads, List<List<String>> rows) {
    }

    private List<Doc.Block> table2For2021() {
        ActiveDisclosure t = report.tables().activeDisclosure();
        String fees = v.typos() ? "行政事业型收费" : "行政事业性收费";
        List<Part> parts = List.of(
                new Part("第二十条第（一）项", List.of("本年制发件数", "本年废止件数", "现行有效件数"), List.of(
                        row(t, "规章", "rules", "issued", "repealed", "inForce"),
                        row(t, "行政规范性文件", "normativeDocuments", "issued", "repealed", "inForce"))),
                new Part("第二十条第（五）项", List.of("本年处理决定数量"), List.of(
                        row(t, "行政许可", "licensing", "decisions"))),
                new Part("第二十条第（六）项", List.of("本年处理决定数量"), List.of(
                        row(t, "行政处罚", "punishment", "decisions"),
                        row(t, "行政强制", "enforcement", "decisions"))),
                new Part("第二十条第（八）项", List.of("本年收费金额（单位：万元）"), List.of(
                        row(t, fees, "fees", "amount"))));
        return v.splitTable2() ? split(parts, false) : List.of(oneTable(parts));
    }

    private List<Doc.Block> table2For2019() {
        ActiveDisclosure t = report.tables().activeDisclosure();
        String fees = v.typos() ? "行政事业型收费" : "行政事业性收费";
        List<String> counts = List.of("上一年项目数量", "本年增/减", "处理决定数量");
        List<Part> parts = List.of(
                new Part("第二十条第（一）项", List.of("本年新制作数量", "本年新公开数量", "对外公开总数量"), List.of(
                        row(t, "规章", "rules", "newlyMade", "newlyPublished", "totalPublished"),
                        row(t, "规范性文件", "normativeDocuments", "newlyMade", "newlyPublished", "totalPublished"))),
                new Part("第二十条第（五）项", counts, List.of(
                        row(t, "行政许可", "licensing", "previousYear", "change", "decisions"),
                        row(t, "其他对外管理服务事项", "otherServices", "previousYear", "change", "decisions"))),
                new Part("第二十条第（六）项", counts, List.of(
                        row(t, "行政处罚", "punishment", "previousYear", "change", "decisions"),
                        row(t, "行政强制", "enforcement", "previousYear", "change", "decisions"))),
                new Part("第二十条第（八）项", List.of("上一年项目数量", "本年增/减"), List.of(
                        row(t, fees, "fees", "previousYear", "change"))),
                new Part("第二十条第（九）项", List.of("采购项目数量", "采购总金额"), List.of(
                        row(t, "政府集中采购", "procurement", "items", "amount"))));
        return v.splitTable2() ? split(parts, true) : List.of(oneTable(parts));
    }

    /** A Table 2 row: its label and its printed values (本年增/减 signed). */
    private List<String> row(ActiveDisclosure t, String label, String key, String... columns) {
        List<String> out = new ArrayList<>();
        out.add(label);
        for (String c : columns) {
            out.add(decimal(t.get(key, c), c.equals("change")));
        }
        return out;
    }

    /** The form's own look: one table four columns wide, each item's row spanning it, merged value cells. */
    private Doc.Table oneTable(List<Part> parts) {
        Doc.TableBuilder b = new Doc.TableBuilder(4, "t2");
        for (Part p : parts) {
            b.row().cell(p.item(), 1, 4);
            header(b, p, true);
            for (List<String> r : p.rows()) {
                b.row();
                for (int i = 0; i < r.size(); i++) {
                    b.cell(r.get(i), 1, i == r.size() - 1 ? 5 - r.size() : 1);
                }
            }
        }
        return b.build();
    }

    /**
     * Table 2 as several small tables, each with its own header row (the 2019 layout of many web pages). The
     * variation's detail seed decides how items are separated (a 第二十条 line between the tables, a first row in
     * each, or nothing), whether （五） and （六） share one table, and (2019) whether the procurement table is
     * printed without 信息内容 and without its row label.
     */
    private List<Doc.Block> split(List<Part> parts, boolean format2019) {
        int separator = Math.floorMod(v.detail(), 3);
        boolean shareFiveSix = Math.floorMod(v.detail() / 3, 2) == 1;
        boolean bareProcurement = format2019 && Math.floorMod(v.detail() / 6, 2) == 1;
        List<Doc.Block> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            boolean bare = bareProcurement && p.item().contains("（九）");
            int width = bare ? p.heads().size() : p.heads().size() + 1;
            if (separator == 0) {
                out.add(new Doc.Paragraph(p.item()));
            }
            Doc.TableBuilder b = new Doc.TableBuilder(width, "t2");
            if (separator == 1) {
                b.row().cell(p.item(), 1, width);
            }
            header(b, p, !bare);
            rows(b, p, !bare);
            if (shareFiveSix && p.item().contains("（五）") && i + 1 < parts.size()) {
                Part next = parts.get(++i);
                if (separator != 2) {
                    b.row().cell(next.item(), 1, width);
                }
                header(b, next, true);
                rows(b, next, true);
            }
            out.add(b.build());
        }
        return out;
    }

    private void rows(Doc.TableBuilder b, Part p, boolean labelled) {
        for (List<String> r : p.rows()) {
            b.row();
            for (String cell : labelled ? r : r.subList(1, r.size())) {
                b.cell(cell);
            }
        }
    }

    /** The header row 信息内容 | words…; in the one-table form the last word spans the rest of the width. */
    private void header(Doc.TableBuilder b, Part p, boolean withContentCell) {
        b.row();
        if (withContentCell) {
            b.cell("信息内容");
        }
        for (int i = 0; i < p.heads().size(); i++) {
            int span = withContentCell && i == p.heads().size() - 1 ? b.remaining() : 1;
            b.cell(head(p.heads().get(i)), 1, span);
        }
    }

    /** A Table 2 header word as printed: cut short (2019 forms) or broken over two lines. */
    private String head(String word) {
        if (v.truncatedHeaders()) {
            switch (word) {
                case "本年新制作数量", "本年新公开数量" -> {
                    return "本年新";
                }
                case "本年增/减" -> {
                    return "本年增/";
                }
                default -> {
                }
            }
        }
        if (v.brokenHeaders() && word.length() >= 5) {
            int cut = word.length() <= 7 ? 3 : 4;
            return word.substring(0, cut) + "\n" + word.substring(cut);
        }
        return word;
    }

    private Doc.Table table3(Applications t) {
        Doc.TableBuilder b = new Doc.TableBuilder(10, "t3");
        String note = "（本列数据的" + (v.typos() ? "有色稽" : "勾稽") + "关系为：第一项加第二项之和，等于第三项加第四项之和）";
        if (v.twoRowT3Header()) {
            b.row().cell(note, 2, 3).cell("自然人", 2, 1).cell("法人或其他组织", 1, 5).cell("总计", 2, 1);
        } else {
            b.row().cell(note, 3, 3).cell("申请人情况", 1, 7);
            b.row().cell("自然人", 2, 1).cell("法人或其他组织", 1, 5).cell("总计", 2, 1);
        }
        b.row().cell(v.brokenHeaders() ? "商业\n企业" : "商业企业").cell(v.brokenHeaders() ? "科\n研\n机\n构" : "科研机构")
                .cell("社会公益组织").cell("法律服务机构").cell("其他");
        values(b.row().cell("一、本年新收政府信息公开申请数量", 1, 3), t, "newReceived");
        values(b.row().cell("二、上年结转政府信息公开申请数量", 1, 3), t, "carriedOver");
        List<String> results = new ArrayList<>();
        for (String key : Applications.RESULT_ROWS) {
            if (t.hasRow(key)) {
                results.add(key);
            }
        }
        boolean merged = v.groupLabels() == Variation.GroupLabels.MERGED;
        boolean repeated = v.groupLabels() == Variation.GroupLabels.REPEATED;
        String block = "三、本年度办理结果";
        String group = null;
        for (int i = 0; i < results.size(); i++) {
            String key = results.get(i);
            b.row();
            if (i == 0 && merged) {
                b.cell(block, results.size() + 1, 1);
            } else if (!merged) {
                b.cell(i == 0 || repeated ? block : "");
            }
            switch (key) {
                case "granted" -> b.cell("（一）予以公开", 1, 2);
                case "partiallyGranted" -> b.cell("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2);
                case "otherHandling" -> b.cell("（六）其他处理", 1, 2);
                default -> {
                    String prefix = key.substring(0, key.indexOf('.') + 1);
                    String name = GROUPS.stream().filter(g -> g[0].equals(prefix)).findFirst().orElseThrow()[1];
                    boolean first = !prefix.equals(group);
                    group = prefix;
                    if (merged && first) {
                        int span = (int) results.stream().filter(k -> k.startsWith(prefix)).count();
                        b.cell(name, span, 1);
                    } else if (!merged) {
                        b.cell(first || repeated ? name : "");
                    }
                    b.cell(LEAVES.get(key));
                }
            }
            values(b, t, key);
        }
        b.row();
        if (!merged) {
            b.cell(repeated ? block : "");
        }
        values(b.cell("（七）总计", 1, 2), t, "resultTotal");
        values(b.row().cell("四、结转下年度继续办理", 1, 3), t, "carriedForward");
        return b.build();
    }

    private void values(Doc.TableBuilder b, Applications t, String row) {
        for (int c = 0; c < Applications.COLUMNS.size(); c++) {
            b.cell(value(t.cell(row, c)));
        }
    }

    /**
     * Table 4: the form's three header rows (行政复议 | 行政诉讼; the five result words and the two kinds of suit;
     * the five words twice), or two (the three groups named, then the fifteen words), then one row of fifteen
     * values without a label.
     */
    private Doc.Table table4(ReviewLitigation t) {
        String pending = v.typos() ? "尚示审结" : "尚未审结";
        List<String> heads = List.of("结果维持", "结果纠正", "其他结果", pending, "总计");
        Doc.TableBuilder b = new Doc.TableBuilder(15, "t4");
        if (v.twoRowT4Header()) {
            b.row().cell("行政复议", 1, 5).cell("行政诉讼（未经复议直接起诉）", 1, 5).cell("行政诉讼（复议后起诉）", 1, 5);
            b.row();
            for (int i = 0; i < 3; i++) {
                for (String h : heads) {
                    b.cell(v.brokenHeaders() ? h.substring(0, 2) + "\n" + h.substring(2) : h);
                }
            }
        } else {
            b.row().cell("行政复议", 1, 5).cell("行政诉讼", 1, 10);
            b.row();
            for (String h : heads) {
                b.cell(v.brokenHeaders() ? h.substring(0, 2) + "\n" + h.substring(2) : h, 2, 1);
            }
            b.cell("未经复议直接起诉", 1, 5).cell("复议后起诉", 1, 5);
            b.row();
            for (int i = 0; i < 2; i++) {
                for (String h : heads) {
                    b.cell(h);
                }
            }
        }
        b.row();
        for (String g : ReviewLitigation.GROUPS) {
            for (String k : ReviewLitigation.KEYS) {
                b.cell(value(t.group(g).get(k)));
            }
        }
        return b.build();
    }
}
