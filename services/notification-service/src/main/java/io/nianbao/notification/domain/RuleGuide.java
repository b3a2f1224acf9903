package io.nianbao.notification.domain;

import java.util.Map;

/**
 * What each rule of the catalogue is called and how an agency fixes a finding of it, in the words of a
 * correction notice. Rules added to the catalogue later fall back to a general instruction.
 */
public final class RuleGuide {

    /** The title and the fix instruction of one rule. */
    public record Entry(String title, String fix) {
    }

    private static final Entry FALLBACK = new Entry("审查问题", "请对照《政府信息公开工作年度报告格式》核对并更正。");

    private static final Map<String, Entry> ENTRIES = Map.ofEntries(
            Map.entry("UNREADABLE", new Entry("无法读取报告",
                    "请重新提交可复制文字的 Word、WPS、PDF（非扫描件）或网页文件，不要加密，不要只提交图片。")),
            Map.entry("SECTION-MISSING", new Entry("缺少报告部分",
                    "请按年度报告格式补齐六个部分，并使用规定的标题。")),
            Map.entry("TABLE-MISSING", new Entry("缺少统计表",
                    "请按现行格式补充该统计表，表格须为可复制的文字表格，不要使用图片。")),
            Map.entry("CELL-INVALID", new Entry("单元格无效",
                    "请在所列单元格填写不小于 0 的整数；没有发生的事项填 0，不要留空或填写“/”“—”“无”。")),
            Map.entry("T3-BALANCE", new Entry("表三勾稽关系不平",
                    "请核对该列：“本年新收”加“上年结转”应等于“（七）总计”加“结转下年度继续办理”。")),
            Map.entry("T3-RESULT-SUM", new Entry("表三办理结果总计不符",
                    "请核对该列“（一）予以公开”至“（六）其他处理”各行，使其之和等于“（七）总计”。")),
            Map.entry("T3-ROW-TOTAL", new Entry("表三行总计不符",
                    "请核对该行各类申请人的数字，使“总计”等于自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他之和。")),
            Map.entry("T4-SUM", new Entry("表四总计不符",
                    "请核对该组数字，使“总计”等于结果维持、结果纠正、其他结果、尚未审结之和。")),
            Map.entry("TEMPLATE-OUTDATED", new Entry("使用旧版格式",
                    "请改用现行年度报告格式（国办公开办函〔2021〕30号），不要使用或混用 2019 年试行格式。")),
            Map.entry("YEAR-MISMATCH", new Entry("报告年度不一致",
                    "请统一标题和统计期限中的年度，使其与应报告的年度一致。")),
            Map.entry("PUBLISHED-BEFORE-PERIOD-END", new Entry("落款日期早于统计期结束",
                    "请更正落款日期：应晚于报告年度的 12 月 31 日，并确认统计数据截至 12 月 31 日。")),
            Map.entry("PUBLISHED-LATE", new Entry("发布或报送逾期",
                    "请按规定时限发布和报送年度报告，今后请提前安排。")),
            Map.entry("TEXT-TABLE-MISMATCH", new Entry("文字与表格不一致",
                    "请核实正文中的数字与表三、表四，以核实后的数字同时更正正文和表格。")),
            Map.entry("OVERVIEW-INCOMPLETE", new Entry("总体情况内容不全",
                    "请在第一部分补充主动公开、依申请公开、政府信息管理、平台建设、监督保障五方面情况。")),
            Map.entry("SECTION-EMPTY", new Entry("报告部分内容空泛",
                    "请在第五、六部分写明本年度存在的具体问题、改进措施和其他需要报告的事项。")),
            Map.entry("AGENCY-MISMATCH", new Entry("报告机关与报送机关不符",
                    "请确认提交的是本机关的报告，报告署名应为登记的报送机关。")),
            Map.entry("CARRY-MISMATCH", new Entry("上年结转与上年度报告不符",
                    "请核对本年度“上年结转”与上一年度报告“结转下年度继续办理”的数字，不一致的请在报告中说明原因。")),
            Map.entry("DUPLICATE-CONTENT", new Entry("内容雷同",
                    "请根据本机关本年度的实际情况撰写文字部分，不要照搬往年或其他机关的报告。")));

    private RuleGuide() {
    }

    public static Entry of(String rule) {
        return rule == null ? FALLBACK : ENTRIES.getOrDefault(rule, FALLBACK);
    }
}
