package io.nianbao.rules;

import java.util.List;
import java.util.Map;

/** The form's own words for tables, rows, columns and groups, as a notice names them. */
final class Labels {

    static final String TABLE2 = "表二";
    static final String TABLE3 = "表三";
    static final String TABLE4 = "表四";

    static final List<String> T3_COLUMNS = List.of(
            "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "法人或其他组织·其他", "总计");

    private static final Map<String, String> T3_ROWS = Map.ofEntries(
            Map.entry("newReceived", "一、本年新收政府信息公开申请数量"),
            Map.entry("carriedOver", "二、上年结转政府信息公开申请数量"),
            Map.entry("granted", "三、本年度办理结果 （一）予以公开"),
            Map.entry("partiallyGranted", "（二）部分公开"),
            Map.entry("withheld.stateSecret", "（三）不予公开 1.属于国家秘密"),
            Map.entry("withheld.lawProhibited", "（三）不予公开 2.其他法律行政法规禁止公开"),
            Map.entry("withheld.securityStability", "（三）不予公开 3.危及“三安全一稳定”"),
            Map.entry("withheld.thirdParty", "（三）不予公开 4.保护第三方合法权益"),
            Map.entry("withheld.internalAffairs", "（三）不予公开 5.属于三类内部事务信息"),
            Map.entry("withheld.processInformation", "（三）不予公开 6.属于四类过程性信息"),
            Map.entry("withheld.enforcementFile", "（三）不予公开 7.属于行政执法案卷"),
            Map.entry("withheld.administrativeQuery", "（三）不予公开 8.属于行政查询事项"),
            Map.entry("unavailable.notHeld", "（四）无法提供 1.本机关不掌握相关政府信息"),
            Map.entry("unavailable.needsCreation", "（四）无法提供 2.没有现成信息需要另行制作"),
            Map.entry("unavailable.unclear", "（四）无法提供 3.补正后申请内容仍不明确"),
            Map.entry("notProcessed.petition", "（五）不予处理 1.信访举报投诉类申请"),
            Map.entry("notProcessed.repeated", "（五）不予处理 2.重复申请"),
            Map.entry("notProcessed.publication", "（五）不予处理 3.要求提供公开出版物"),
            Map.entry("notProcessed.excessive", "（五）不予处理 4.无正当理由大量反复申请"),
            Map.entry("notProcessed.confirmation", "（五）不予处理 5.要求行政机关确认或重新出具已获取信息"),
            Map.entry("otherHandling.overdueCorrection", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
            Map.entry("otherHandling.overdueFee", "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
            Map.entry("otherHandling.other", "（六）其他处理 3.其他"),
            Map.entry("otherHandling", "（六）其他处理"),
            Map.entry("resultTotal", "（七）总计"),
            Map.entry("carriedForward", "四、结转下年度继续办理"));

    private static final Map<String, String> T4_GROUPS = Map.of(
            "review", "行政复议",
            "litigationDirect", "行政诉讼·未经复议直接起诉",
            "litigationAfterReview", "行政诉讼·复议后起诉");

    private static final Map<String, String> T4_KEYS = Map.of(
            "upheld", "结果维持",
            "corrected", "结果纠正",
            "other", "其他结果",
            "pending", "尚未审结",
            "total", "总计");

    private Labels() {
    }

    static String t3Row(String key) {
        return T3_ROWS.getOrDefault(key, key);
    }

    static String t3Column(int column) {
        return T3_COLUMNS.get(column);
    }

    static String t4Group(String group) {
        return T4_GROUPS.getOrDefault(group, group);
    }

    static String t4Key(String key) {
        return T4_KEYS.getOrDefault(key, key);
    }

    /** Chinese ordinal of a section number 1..6. */
    static String sectionNumber(int n) {
        return n >= 1 && n <= 10 ? "一二三四五六七八九十".substring(n - 1, n) : String.valueOf(n);
    }
}
