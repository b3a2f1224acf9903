package io.nianbao.parser.pdfgen;

import java.util.Arrays;
import java.util.List;

/**
 * An invented annual report (agency, text and numbers made up) with the national 2021 form's tables, written out
 * as PDF fixtures by {@link OdfReport} (LibreOffice) and {@link DrawnReport} (PDFBox). Table 3 and Table 4 hold long
 * numbers (20, 705, 1234, 10086) and blank cells (null) in several columns, 总计 included.
 */
public record FixtureReport(String agency, int year, String date, Integer[][] table3, Integer[] table4) {

    /** Table 3 row labels as printed: group label (or null), own label. Rows in {@code Applications.ROWS} order. */
    static final String[][] T3_LABELS = {
            {null, "一、本年新收政府信息公开申请数量"},
            {null, "二、上年结转政府信息公开申请数量"},
            {"", "（一）予以公开"},
            {"", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
            {"（三）不予公开", "1．属于国家秘密"},
            {"（三）不予公开", "2．其他法律行政法规禁止公开"},
            {"（三）不予公开", "3．危及“三安全一稳定”"},
            {"（三）不予公开", "4．保护第三方合法权益"},
            {"（三）不予公开", "5．属于三类内部事务信息"},
            {"（三）不予公开", "6．属于四类过程性信息"},
            {"（三）不予公开", "7．属于行政执法案卷"},
            {"（三）不予公开", "8．属于行政查询事项"},
            {"（四）无法提供", "1．本机关不掌握相关政府信息"},
            {"（四）无法提供", "2．没有现成信息需要另行制作"},
            {"（四）无法提供", "3．补正后申请内容仍不明确"},
            {"（五）不予处理", "1．信访举报投诉类申请"},
            {"（五）不予处理", "2．重复申请"},
            {"（五）不予处理", "3．要求提供公开出版物"},
            {"（五）不予处理", "4．无正当理由大量反复申请"},
            {"（五）不予处理", "5．要求行政机关确认或重新出具已获取信息"},
            {"（六）其他处理", "1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
            {"（六）其他处理", "2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
            {"（六）其他处理", "3．其他"},
            {"", "（七）总计"},
            {null, "四、结转下年度继续办理"},
    };

    static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    static final List<String> APPLICANTS = List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
    static final List<String> T4_RESULTS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    /** Numbers as printed in the table cells, null for a blank cell. */
    static String text(Integer v) {
        return v == null ? "" : v.toString();
    }

    /** The report of the fixtures with borders: numbers centred, blanks in 自然人, 科研机构 and 总计. */
    public static FixtureReport ruled() {
        return new FixtureReport("云溪县自然资源局", 2024, "2025年1月20日", new Integer[][] {
                {10086, 20, 705, 1234, 3, 0, 12048},
                {15, 2, 0, 0, 1, 0, null},
                {null, 12, 3, 0, 0, 1, 8120},
                {705, 20, 1, 0, 0, 0, 726},
                {0, 0, 0, 0, 0, 0, 0},
                {1, 0, 0, 0, 0, 0, 1},
                {0, 0, 0, 0, 0, 0, 0},
                {22, 4, null, 0, 0, 0, 26},
                {0, 0, 0, 0, 0, 0, 0},
                {310, 5, 0, 0, 0, 0, 315},
                {0, 0, 0, 0, 0, 0, 0},
                {1002, 10, 0, 0, 0, 0, 1012},
                {1234, 56, 7, 8, 9, 10, 1324},
                {0, 0, 0, 0, 0, 0, 0},
                {45, 0, 0, 0, 0, 0, 45},
                {0, 0, 0, 0, 0, 0, 0},
                {88, 1, 0, 0, 0, 0, 89},
                {0, 0, 0, 0, 0, 0, 0},
                {12, 0, 0, 0, 0, 0, 12},
                {3, 0, 0, 0, 0, 0, 3},
                {null, null, null, null, null, null, null},
                {0, 0, 0, 0, 0, 0, 0},
                {7, 1, 0, 0, 0, 0, 8},
                {10086, 109, 11, 8, 9, 11, null},
                {15, 0, 0, 0, 0, 0, 15},
        }, new Integer[] {3, 1, 0, 2, 6, 20, 705, 1, null, 726, 0, 0, 0, 1, 1});
    }

    /** The report of the fixtures without borders: numbers right-aligned, so long neighbours nearly touch. */
    public static FixtureReport borderless() {
        return new FixtureReport("南岭市教育局", 2023, "2024年1月25日", new Integer[][] {
                {20, 705, 1234, 10086, 0, 5, 12050},
                {null, 0, 0, 0, 0, 0, 0},
                {10, 705, 20, 10086, 0, 0, 10821},
                {2, 0, 0, 0, 0, null, 2},
                {0, 0, 0, 0, 0, 0, 0},
                {0, 0, 0, 0, 0, 0, 0},
                {0, 0, 0, 0, 0, 0, 0},
                {1, 0, 0, 0, 0, 0, 1},
                {0, 0, 0, 0, 0, 0, 0},
                {4, 1234, 0, 0, 0, 0, 1238},
                {0, 0, 0, 0, 0, 0, 0},
                {0, 0, 0, 0, 0, 0, 0},
                {3, 20, 705, 0, 0, 0, 728},
                {0, 0, 0, 0, 0, 0, 0},
                {1, 0, 0, 0, 0, 0, 1},
                {0, 0, 0, 0, 0, 0, 0},
                {0, 0, 0, null, 0, 0, 0},
                {0, 0, 0, 0, 0, 0, 0},
                {0, 0, 0, 0, 0, 0, 0},
                {0, 0, 0, 0, 0, 0, 0},
                {0, 0, 0, 0, 0, 0, 0},
                {0, 0, 0, 0, 0, 0, 0},
                {0, 0, 0, 0, 0, 0, 0},
                {20, 1960, 725, 10086, 0, 0, null},
                {null, 0, 0, 0, 0, 0, 0},
        }, new Integer[] {null, 0, 1, 0, 1, 10086, 20, 705, 3, 10814, 0, 0, 0, 0, 0});
    }

    /**
     * The borderless report drawn with numbers 0.5 pt apart: its Table 4 has no blank cell, since in one row of
     * touching numbers without borders a blank cell could stand in more than one place.
     */
    public static FixtureReport touching() {
        FixtureReport b = borderless();
        Integer[] t4 = b.table4().clone();
        t4[0] = 2;
        return new FixtureReport(b.agency(), b.year(), b.date(), b.table3(), t4);
    }

    String title() {
        return agency + year + "年政府信息公开工作年度报告";
    }

    /** Section 1 paragraphs: long enough to push Table 3 over a page break. */
    List<String> overview() {
        return Arrays.asList(
                "本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限为" + year + "年1月1日至" + year
                        + "年12月31日。",
                "（一）主动公开。本机关围绕年度重点工作，通过门户网站、政务新媒体和公开查阅点主动公开政府信息，"
                        + "对涉及群众切身利益的事项做到应公开尽公开，全年更新公开目录四次，清理过时信息一批。",
                "（二）依申请公开。本机关畅通网络、信函和当面三种申请渠道，严格按照法定时限答复，"
                        + "答复书均载明依据和救济途径，全年未发生超期答复情况。",
                "（三）政府信息管理。落实公开属性源头认定和发布前保密审查，建立信息发布台账，"
                        + "对规范性文件实行统一登记、统一编号、统一发布。",
                "（四）政府信息公开平台建设。优化门户网站政府信息公开专栏栏目设置，完善检索功能，"
                        + "推动政务新媒体与网站内容同步更新。",
                "（五）监督保障。将政府信息公开工作纳入年度绩效考核，组织业务培训三次，"
                        + "开展专项检查两次，对发现的问题建立清单逐项整改。",
                "（六）其他工作。结合政务公开标准化规范化要求，梳理公开事项清单，"
                        + "编制公开指南并在政务服务大厅公示，方便群众查询。");
    }

    List<String> problems() {
        return List.of("一是部分栏目更新不够及时；二是政策解读形式较单一。下一步将建立栏目更新提醒机制，丰富图解和视频解读。");
    }

    List<String> other() {
        return List.of("本机关" + year + "年度未收取信息处理费。");
    }
}
