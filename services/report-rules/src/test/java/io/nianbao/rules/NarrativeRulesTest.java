package io.nianbao.rules;

import io.nianbao.model.Finding;
import io.nianbao.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.nianbao.rules.RuleAssertions.assertFinding;
import static io.nianbao.rules.RuleAssertions.assertNoErrors;
import static io.nianbao.rules.RuleAssertions.assertNoFindings;
import static io.nianbao.rules.RuleAssertions.evaluate;
import static io.nianbao.rules.RuleAssertions.single;
import static io.nianbao.rules.RuleAssertions.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OVERVIEW-INCOMPLETE and SECTION-EMPTY. */
class NarrativeRulesTest {

    /** Modelled on seed 000: section 1 reports business results, not disclosure work. */
    private static final String BUSINESS_OVERVIEW = String.join("\n",
            "一、年度目标完成情况",
            "全年新签约亿元以上项目12个，合同金额58亿元，实际利用外资1500万美元，在全市年度考核中位列第二。",
            "二、部门工作",
            "一是开展成品油市场专项检查；二是组织企业参加食品博览会。",
            "三、下一年工作安排",
            "继续抓好招商引资和项目建设。");

    @Test
    void overviewAboutBusinessResultsIsIncomplete() {
        Evaluation e = evaluate(ReportFixture.clean().section(1, BUSINESS_OVERVIEW).build());
        Finding f = single(e, "OVERVIEW-INCOMPLETE");
        assertFinding(f, "OVERVIEW-INCOMPLETE", Severity.WARNING);
        assertEquals(List.of("sections.1.text"), f.cells());
        assertEquals("主动公开、依申请公开、政府信息管理、平台建设", f.actual());
        assertTrue(f.message().startsWith("第一部分「总体情况」未涉及「主动公开」「依申请公开」「政府信息管理」「平台建设」"),
                f.message());
        assertNoErrors(e);
    }

    @Test
    void topicsNamedWithSynonymsAreCovered() {
        String overview = String.join("\n",
                "（一）主动公开情况。通过门户网站发布工作动态60条。",
                "（二）依申请办理情况。本年度无人提出申请。",
                "（三）信息发布审核。坚持先审后发，落实保密审查。",
                "（四）公开渠道。维护政务新媒体账号，方便群众查询。",
                "（五）工作考核。把政务公开纳入年度绩效考核。");
        Evaluation e = evaluate(ReportFixture.clean().section(1, overview).build());
        assertNoFindings(e, "OVERVIEW-INCOMPLETE");
        assertEquals(RuleStatus.PASS, status(e, "OVERVIEW-INCOMPLETE"));
        assertEquals(5, e.outcome("OVERVIEW-INCOMPLETE").orElseThrow().passed());
    }

    @Test
    void oneMissingTopicIsNamed() {
        String overview = ReportFixture.OVERVIEW.replace("（五）监督保障。将政务公开纳入科室年度考核，组织业务培训2次，", "");
        Finding f = single(evaluate(ReportFixture.clean().section(1, overview).build()), "OVERVIEW-INCOMPLETE");
        assertEquals("监督保障", f.actual());
    }

    @ParameterizedTest
    @ValueSource(strings = {"无。", "无", "  ", "暂无", "本年度无其他需要报告的事项。", "我局2023年度无其他需要报告的事项",
        "六、无。"})
    void emptyOrTokenSection6IsAWarning(String text) {
        Evaluation e = evaluate(ReportFixture.clean().section(6, text).build());
        Finding f = single(e, "SECTION-EMPTY");
        assertFinding(f, "SECTION-EMPTY", Severity.WARNING);
        assertEquals(List.of("sections.6.text"), f.cells());
        assertTrue(f.message().startsWith("第六部分「其他需要报告的事项」"), f.message());
        assertNoErrors(e);
    }

    @Test
    void emptySection5IsAWarning() {
        Finding f = single(evaluate(ReportFixture.clean().section(5, "").build()), "SECTION-EMPTY");
        assertEquals(List.of("sections.5.text"), f.cells());
        assertTrue(f.message().contains("内容为空"), f.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"我局 2023 年度未收取政府信息处理费。", "本单位2023年度未收取政府信息公开信息处理费。",
        "无其他需要报告的事项，本年度未收取信息处理费。"})
    void realStatementsAreNotEmpty(String text) {
        assertNull(SectionEmptyCheck.state(text), text);
        Evaluation e = evaluate(ReportFixture.clean().section(6, text).build());
        assertNoFindings(e, "SECTION-EMPTY");
        assertEquals(RuleStatus.PASS, status(e, "SECTION-EMPTY"));
    }
}
