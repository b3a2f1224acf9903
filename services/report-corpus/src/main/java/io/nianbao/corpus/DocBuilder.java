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
        if (v.agencyAboveTitle()) {
            blocks.add(new Doc.Paragraph(simplifiedAgency));
            blocks.add(new Doc.Heading(1, report.year() + "年政府信息公开工作年度报告"));
        } else {
            blocks.add(new Doc.Heading(1, simplifiedAgency + report.year()
                    + (v.subHeadings() ? "年度" : "年") + "政府信息公开工作年度报告"));
        }
        for (Section s : report.sections()) {
            if (!s.present()) {
                continue;
            }
            blocks.add(new Doc.Heading(2, numbered(s.number(), s.title())));
            switch (s.number()) {
                case 2 -> {
                    if (report.tables().activeDisclosure() != null) {
                        blocks.add("2019".equals(report.template()) ? table2For2019() : table2For2021());
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

    private Doc.Table table2For2021() {
        ActiveDisclosure t = report.tables().activeDisclosure();
        Doc.TableBuilder b = new Doc.TableBuilder(4, "t2");
        b.row().cell("第二十条第（一）项", 1, 4);
        b.row().cell("信息内容").cell("本年制发件数").cell("本年废止件数").cell("现行有效件数");
        for (String[] row : List.of(new String[] {"rules", "规章"}, new String[] {"normativeDocuments", "行政规范性文件"})) {
            b.row().cell(row[1]);
            for (String col : List.of("issued", "repealed", "inForce")) {
                b.cell(decimal(t.get(row[0], col), false));
            }
        }
        b.row().cell("第二十条第（五）项", 1, 4);
        b.row().cell("信息内容").cell("本年处理决定数量", 1, 3);
        b.row().cell("行政许可").cell(decimal(t.get("licensing", "decisions"), false), 1, 3);
        b.row().cell("第二十条第（六）项", 1, 4);
        b.row().cell("信息内容").cell("本年处理决定数量", 1, 3);
        b.row().cell("行政处罚").cell(decimal(t.get("punishment", "decisions"), false), 1, 3);
        b.row().cell("行政强制").cell(decimal(t.get("enforcement", "decisions"), false), 1, 3);
        b.row().cell("第二十条第（八）项", 1, 4);
        b.row().cell("信息内容").cell("本年收费金额（单位：万元）", 1, 3);
        b.row().cell(v.typos() ? "行政事业型收费" : "行政事业性收费").cell(decimal(t.get("fees", "amount"), false), 1, 3);
        return b.build();
    }

    private Doc.Table table2For2019() {
        ActiveDisclosure t = report.tables().activeDisclosure();
        Doc.TableBuilder b = new Doc.TableBuilder(4, "t2");
        b.row().cell("第二十条第（一）项", 1, 4);
        b.row().cell("信息内容").cell("本年新制作数量").cell("本年新公开数量").cell("对外公开总数量");
        for (String[] row : List.of(new String[] {"rules", "规章"}, new String[] {"normativeDocuments", "规范性文件"})) {
            b.row().cell(row[1]);
            for (String col : List.of("newlyMade", "newlyPublished", "totalPublished")) {
                b.cell(decimal(t.get(row[0], col), false));
            }
        }
        String[][] groups = {
                {"第二十条第（五）项", "licensing", "行政许可", "otherServices", "其他对外管理服务事项"},
                {"第二十条第（六）项", "punishment", "行政处罚", "enforcement", "行政强制"}};
        for (String[] g : groups) {
            b.row().cell(g[0], 1, 4);
            b.row().cell("信息内容").cell("上一年项目数量").cell("本年增/减").cell("处理决定数量");
            for (int i = 1; i < 5; i += 2) {
                b.row().cell(g[i + 1]).cell(decimal(t.get(g[i], "previousYear"), false))
                        .cell(decimal(t.get(g[i], "change"), true)).cell(decimal(t.get(g[i], "decisions"), false));
            }
        }
        b.row().cell("第二十条第（八）项", 1, 4);
        b.row().cell("信息内容").cell("上一年项目数量").cell("本年增/减", 1, 2);
        b.row().cell(v.typos() ? "行政事业型收费" : "行政事业性收费").cell(decimal(t.get("fees", "previousYear"), false))
                .cell(decimal(t.get("fees", "change"), true), 1, 2);
        b.row().cell("第二十条第（九）项", 1, 4);
        b.row().cell("信息内容").cell("采购项目数量").cell("采购总金额", 1, 2);
        b.row().cell("政府集中采购").cell(decimal(t.get("procurement", "items"), false))
                .cell(decimal(t.get("procurement", "amount"), false), 1, 2);
        return b.build();
    }

    private Doc.Table table3(Applications t) {
        Doc.TableBuilder b = new Doc.TableBuilder(10, "t3");
        String note = "（本列数据的" + (v.typos() ? "有色稽" : "勾稽") + "关系为：第一项加第二项之和，等于第三项加第四项之和）";
        b.row().cell(note, 3, 3).cell("申请人情况", 1, 7);
        b.row().cell("自然人", 2, 1).cell("法人或其他组织", 1, 5).cell("总计", 2, 1);
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
        boolean first = true;
        String group = null;
        for (int i = 0; i < results.size(); i++) {
            String key = results.get(i);
            b.row();
            if (first) {
                b.cell("三、本年度办理结果", results.size() + 1, 1);
                first = false;
            }
            switch (key) {
                case "granted" -> b.cell("（一）予以公开", 1, 2);
                case "partiallyGranted" -> b.cell("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2);
                case "otherHandling" -> b.cell("（六）其他处理", 1, 2);
                default -> {
                    String prefix = key.substring(0, key.indexOf('.') + 1);
                    if (!prefix.equals(group)) {
                        group = prefix;
                        int span = (int) results.stream().filter(k -> k.startsWith(prefix)).count();
                        String name = GROUPS.stream().filter(g -> g[0].equals(prefix)).findFirst().orElseThrow()[1];
                        b.cell(name, span, 1);
                    }
                    b.cell(LEAVES.get(key));
                }
            }
            values(b, t, key);
        }
        values(b.row().cell("（七）总计", 1, 2), t, "resultTotal");
        values(b.row().cell("四、结转下年度继续办理", 1, 3), t, "carriedForward");
        return b.build();
    }

    private void values(Doc.TableBuilder b, Applications t, String row) {
        for (int c = 0; c < Applications.COLUMNS.size(); c++) {
            b.cell(value(t.cell(row, c)));
        }
    }

    private Doc.Table table4(ReviewLitigation t) {
        String pending = v.typos() ? "尚示审结" : "尚未审结";
        List<String> heads = List.of("结果维持", "结果纠正", "其他结果", pending, "总计");
        Doc.TableBuilder b = new Doc.TableBuilder(15, "t4");
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
        b.row();
        for (String g : ReviewLitigation.GROUPS) {
            for (String k : ReviewLitigation.KEYS) {
                b.cell(value(t.group(g).get(k)));
            }
        }
        return b.build();
    }
}
