package io.nianbao.rules;

import io.nianbao.model.Finding;
import io.nianbao.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.nianbao.rules.RuleAssertions.assertFinding;
import static io.nianbao.rules.RuleAssertions.assertNoFindings;
import static io.nianbao.rules.RuleAssertions.evaluate;
import static io.nianbao.rules.RuleAssertions.single;
import static io.nianbao.rules.RuleAssertions.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TEXT-TABLE-MISMATCH: numbers in the narrative against Tables 3 and 4, without false alarms. */
class TextTableMismatchTest {

    private static final String STATED = "本年度新收到政府信息公开申请1件，予以公开1件，已在法定期限内答复。";

    /** The clean fixture with its application sentence replaced. */
    private static ReportFixture saying(String sentence) {
        return ReportFixture.clean().section(1, ReportFixture.OVERVIEW.replace(STATED, sentence));
    }

    @Test
    void noApplicationsReceivedButTableSaysOne() {
        Evaluation e = evaluate(saying("2023年，我局未收到政府信息公开申请。").build());
        Finding f = single(e, "TEXT-TABLE-MISMATCH");
        assertFinding(f, "TEXT-TABLE-MISMATCH", Severity.ERROR);
        assertEquals(List.of("applications.newReceived.total", "sections.1.text"), f.cells());
        assertEquals(0, f.expected());
        assertEquals(1, f.actual());
        assertEquals("第一部分写明“我局未收到政府信息公开申请”（即 0 件），但表三「一、本年新收政府信息公开申请数量」"
                + "行「总计」列为 1，文字与表格不一致，请核对后更正。", f.message());
    }

    @Test
    void noApplicationsReceivedAndTableZeroIsConsistent() {
        Evaluation e = evaluate(saying("2023年，我局暂时未收到依申请公开。")
                .row("newReceived", 0, 0, 0, 0, 0, 0, 0).row("granted", 0, 0, 0, 0, 0, 0, 0)
                .row("resultTotal", 0, 0, 0, 0, 0, 0, 0).build());
        assertNoFindings(e, "TEXT-TABLE-MISMATCH");
        assertEquals(RuleStatus.PASS, status(e, "TEXT-TABLE-MISMATCH"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023年，我局新接收依申请公开事项1件，与去年持平。", "全年共受理政府信息公开申请一件。",
        "本年度收到1件政府信息公开申请。"})
    void statedCountMatchingTheTablePasses(String sentence) {
        Evaluation e = evaluate(saying(sentence).build());
        assertNoFindings(e, "TEXT-TABLE-MISMATCH");
        assertEquals(RuleStatus.PASS, status(e, "TEXT-TABLE-MISMATCH"), sentence);
    }

    @Test
    void statedCountInChineseNumeralsDiffering() {
        Finding f = single(evaluate(saying("本年度共收到政府信息公开申请十二件。").build()), "TEXT-TABLE-MISMATCH");
        assertEquals(12, f.expected());
        assertEquals(1, f.actual());
    }

    @Test
    void countIncludingCarriedOverCasesIsAccepted() {
        Evaluation e = evaluate(saying("本年度共受理政府信息公开申请3件。")
                .row("carriedOver", 2, 0, 0, 0, 0, 0, 2).row("granted", 3, 0, 0, 0, 0, 0, 3)
                .row("resultTotal", 3, 0, 0, 0, 0, 0, 3).build());
        assertNoFindings(e, "TEXT-TABLE-MISMATCH");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2022年，我局收到政府信息公开申请5件。",
        "累计收到政府信息公开申请5件。",
        "2023年共收到政府信息公开申请5件，与2022年收到的件数相同。",
        "其中收到企业政府信息公开申请5件。",
        "我局未收到行政复议申请和投诉举报，信息公开工作平稳。",
        "除上述情况外未收到其他政府信息公开申请。",
        "本年度政府信息公开申请数量较上年有所增加。",
        "在政务公开方面，全年受理群众办事申请80件。",
        "政务服务大厅共接收行政许可申请356件，均已公开办理结果。",
        "全年收到政府信息公开申请近百件。"})
    void ambiguousStatementsRaiseNoAlarm(String sentence) {
        Evaluation e = evaluate(saying(sentence).build());
        assertNoFindings(e, "TEXT-TABLE-MISMATCH");
    }

    @Test
    void countStatedWithCarriedOverCasesInParentheses() {
        ReportFixture fixture = saying("共收到政府信息公开申请5件（含上年结转2件）。")
                .row("newReceived", 3, 0, 0, 0, 0, 0, 3).row("carriedOver", 2, 0, 0, 0, 0, 0, 2)
                .row("granted", 5, 0, 0, 0, 0, 0, 5).row("resultTotal", 5, 0, 0, 0, 0, 0, 5);
        Evaluation e = evaluate(fixture.build());
        assertNoFindings(e, "TEXT-TABLE-MISMATCH");
        assertEquals(RuleStatus.PASS, status(e, "TEXT-TABLE-MISMATCH"));
        Finding f = single(evaluate(saying("共收到政府信息公开申请5件（含上年结转2件）。").build()),
                "TEXT-TABLE-MISMATCH");
        assertEquals(List.of("applications.carriedOver.total", "sections.1.text"), f.cells());
    }

    @Test
    void grantedCountDiffering() {
        Finding f = single(evaluate(saying("本年度新收到政府信息公开申请1件，予以公开2件。").build()),
                "TEXT-TABLE-MISMATCH");
        assertEquals(List.of("applications.granted.total", "sections.1.text"), f.cells());
        assertEquals(2, f.expected());
        assertEquals(1, f.actual());
    }

    @Test
    void grantedAndPartiallyGrantedTogetherAreComparedWithTheirSum() {
        ReportFixture fixture = saying("本年度依申请公开工作中，予以公开及部分公开258件。")
                .row("newReceived", 275, 0, 0, 0, 0, 0, 275).row("granted", 270, 0, 0, 0, 0, 0, 270)
                .row("partiallyGranted", 5, 0, 0, 0, 0, 0, 5).row("resultTotal", 275, 0, 0, 0, 0, 0, 275);
        Finding f = single(evaluate(fixture.build()), "TEXT-TABLE-MISMATCH");
        assertEquals(List.of("applications.granted.total", "applications.partiallyGranted.total", "sections.1.text"),
                f.cells());
        assertEquals(258, f.expected());
        assertEquals(275, f.actual());
    }

    @Test
    void carriedForwardCountDiffering() {
        Finding f = single(evaluate(saying("本年度新收到政府信息公开申请1件，结转下年度继续办理1件。").build()),
                "TEXT-TABLE-MISMATCH");
        assertEquals(List.of("applications.carriedForward.total", "sections.1.text"), f.cells());
        assertEquals(1, f.expected());
        assertEquals(0, f.actual());
    }

    @Test
    void noReviewStatedButTable4HasOne() {
        Evaluation e = evaluate(ReportFixture.clean().t4("review", "upheld", 1).t4("review", "total", 1).build());
        Finding f = single(e, "TEXT-TABLE-MISMATCH");
        assertEquals(List.of("reviewLitigation.review.total", "sections.1.text"), f.cells());
        assertEquals(0, f.expected());
        assertEquals(1, f.actual());
        assertTrue(f.message().contains("表四「行政复议」「总计」为 1"), f.message());
    }

    @Test
    void statedReviewAndLitigationCounts() {
        String overview = ReportFixture.OVERVIEW.replace(
                "，未发生因政府信息公开被申请行政复议、提起行政诉讼的情况", "")
                + "\n因政府信息公开工作被申请行政复议1件，被提起行政诉讼2件。";
        ReportFixture fixture = ReportFixture.clean().section(1, overview)
                .t4("review", "upheld", 1).t4("review", "total", 1)
                .t4("litigationDirect", "pending", 1).t4("litigationDirect", "total", 1);
        Finding f = single(evaluate(fixture.build()), "TEXT-TABLE-MISMATCH");
        assertEquals(List.of("reviewLitigation.litigationDirect.total",
                "reviewLitigation.litigationAfterReview.total", "sections.1.text"), f.cells());
        assertEquals(2, f.expected());
        assertEquals(1, f.actual());
    }

    @Test
    void qualifiedReviewStatementsAreNotReadAsCounts() {
        String overview = ReportFixture.OVERVIEW.replace(
                "，未发生因政府信息公开被申请行政复议、提起行政诉讼的情况", "")
                + "\n政府信息公开行政复议无被纠错案件，行政诉讼均获维持。";
        Evaluation e = evaluate(ReportFixture.clean().section(1, overview)
                .t4("review", "upheld", 1).t4("review", "total", 1).build());
        assertNoFindings(e, "TEXT-TABLE-MISMATCH");
    }

    @Test
    void blankTableCellMakesTheStatementNotAssessable() {
        Evaluation e = evaluate(saying("2023年，我局未收到政府信息公开申请。")
                .cell("newReceived", 6, null).build());
        assertNoFindings(e, "TEXT-TABLE-MISMATCH");
        assertTrue(e.outcome("TEXT-TABLE-MISMATCH").orElseThrow().notAssessable() > 0);
    }

    @Test
    void chineseNumerals() {
        assertEquals(1, ChineseNumbers.parse("一"));
        assertEquals(2, ChineseNumbers.parse("两"));
        assertEquals(12, ChineseNumbers.parse("十二"));
        assertEquals(20, ChineseNumbers.parse("二十"));
        assertEquals(105, ChineseNumbers.parse("一百零五"));
        assertEquals(258, ChineseNumbers.parse("258"));
        assertEquals(7, ChineseNumbers.parse("７"));
        assertEquals(null, ChineseNumbers.parse("若干"));
    }
}
