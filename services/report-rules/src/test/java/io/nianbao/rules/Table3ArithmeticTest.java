package io.nianbao.rules;

import io.nianbao.model.Finding;
import io.nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.nianbao.rules.RuleAssertions.assertFinding;
import static io.nianbao.rules.RuleAssertions.assertNoFindings;
import static io.nianbao.rules.RuleAssertions.evaluate;
import static io.nianbao.rules.RuleAssertions.single;
import static io.nianbao.rules.RuleAssertions.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** T3-ROW-TOTAL, T3-RESULT-SUM and T3-BALANCE. */
class Table3ArithmeticTest {

    /** Modelled on seed 003: （四）1 has 自然人 1 but 总计 0, and （七）总计 stays all 0. */
    private static ReportFixture resultCountedOnlyInSubRow() {
        return ReportFixture.clean()
                .row("newReceived", 0, 0, 0, 0, 0, 0, 0)
                .row("granted", 0, 0, 0, 0, 0, 0, 0)
                .row("resultTotal", 0, 0, 0, 0, 0, 0, 0)
                .row("unavailable.notHeld", 1, 0, 0, 0, 0, 0, 0)
                .section(1, ReportFixture.OVERVIEW.replace("本年度新收到政府信息公开申请1件，予以公开1件", "本年度未收到政府信息公开申请"));
    }

    @Test
    void rowTotalDifferingFromApplicantColumns() {
        Evaluation e = evaluate(resultCountedOnlyInSubRow().build());
        Finding f = single(e, "T3-ROW-TOTAL");
        assertFinding(f, "T3-ROW-TOTAL", Severity.ERROR);
        assertEquals("表三「（四）无法提供 1.本机关不掌握相关政府信息」行：总计应为 1（各申请人列之和），报告填写 0。",
                f.message());
        assertEquals("applications.unavailable.notHeld.total", f.cells().get(0));
        assertEquals(List.of("applications.unavailable.notHeld.total",
                "applications.unavailable.notHeld.naturalPerson", "applications.unavailable.notHeld.commercial",
                "applications.unavailable.notHeld.research", "applications.unavailable.notHeld.publicInterest",
                "applications.unavailable.notHeld.legalService", "applications.unavailable.notHeld.otherOrg"),
                f.cells());
        assertEquals(1, f.expected());
        assertEquals(0, f.actual());
    }

    @Test
    void resultTotalDifferingFromResultRowsPerColumn() {
        Evaluation e = evaluate(resultCountedOnlyInSubRow().build());
        Finding f = single(e, "T3-RESULT-SUM");
        assertFinding(f, "T3-RESULT-SUM", Severity.ERROR);
        assertEquals("applications.resultTotal.naturalPerson", f.cells().get(0));
        assertEquals(true, f.cells().contains("applications.unavailable.notHeld.naturalPerson"));
        assertEquals(1, f.expected());
        assertEquals(0, f.actual());
        assertEquals("表三「（七）总计」行「自然人」列：总计应为 1（（一）至（六）各项办理结果之和），报告填写 0。", f.message());
        // the 总计 column is internally consistent (0 = 0) and the balance holds in every column
        assertNoFindings(e, "T3-BALANCE");
        assertEquals(RuleStatus.FAIL, status(e, "T3-RESULT-SUM"));
        assertEquals(6, e.outcome("T3-RESULT-SUM").orElseThrow().passed());
    }

    @Test
    void balanceBrokenInOneColumn() {
        Evaluation e = evaluate(ReportFixture.clean().row("carriedOver", 0, 0, 0, 0, 2, 0, 2).build());
        List<Finding> found = RuleAssertions.findings(e, "T3-BALANCE");
        assertEquals(2, found.size(), RuleAssertions.describe(e));
        Finding legal = found.get(0);
        assertFinding(legal, "T3-BALANCE", Severity.ERROR);
        assertEquals(List.of("applications.newReceived.legalService", "applications.carriedOver.legalService",
                "applications.resultTotal.legalService", "applications.carriedForward.legalService"), legal.cells());
        assertEquals(2, legal.expected());
        assertEquals(0, legal.actual());
        assertEquals("表三「法律服务机构」列：一、本年新收 0 加 二、上年结转 2 之和为 2，应等于 （七）总计 0 加 "
                + "四、结转下年度继续办理 0 之和，报告为 0（第一项加第二项之和，等于第三项加第四项之和）。", legal.message());
        assertEquals("applications.newReceived.total", found.get(1).cells().get(0));
        assertEquals(3, found.get(1).expected());
        assertEquals(1, found.get(1).actual());
    }

    @Test
    void carriedForwardCasesBalance() {
        Evaluation e = evaluate(ReportFixture.clean()
                .row("newReceived", 3, 1, 0, 0, 0, 0, 4)
                .row("carriedOver", 1, 0, 0, 0, 0, 0, 1)
                .row("granted", 2, 0, 0, 0, 0, 0, 2)
                .row("partiallyGranted", 0, 1, 0, 0, 0, 0, 1)
                .row("resultTotal", 2, 1, 0, 0, 0, 0, 3)
                .row("carriedForward", 2, 0, 0, 0, 0, 0, 2)
                .section(1, ReportFixture.OVERVIEW.replace("新收到政府信息公开申请1件，予以公开1件", "新收到政府信息公开申请4件"))
                .build());
        RuleAssertions.assertNoErrors(e);
        assertEquals(RuleStatus.PASS, status(e, "T3-BALANCE"));
        assertEquals(7, e.outcome("T3-BALANCE").orElseThrow().passed());
    }

    @Test
    void the2019SingleOtherHandlingRowCountsTowardsResultTotal() {
        ReportFixture fixture = ReportFixture.clean()
                .removeRow("otherHandling.overdueCorrection").removeRow("otherHandling.overdueFee")
                .removeRow("otherHandling.other")
                .row("otherHandling", 1, 0, 0, 0, 0, 0, 1)
                .row("newReceived", 2, 0, 0, 0, 0, 0, 2)
                .row("resultTotal", 2, 0, 0, 0, 0, 0, 2)
                .section(1, ReportFixture.OVERVIEW.replace("申请1件", "申请2件"));
        Evaluation e = evaluate(fixture.build());
        assertNoFindings(e, "T3-RESULT-SUM");
        assertNoFindings(e, "T3-BALANCE");
        assertEquals(RuleStatus.PASS, status(e, "T3-RESULT-SUM"));
    }

    @Test
    void fingerprintIsStableAcrossRuns() {
        Finding a = single(evaluate(resultCountedOnlyInSubRow().build()), "T3-ROW-TOTAL");
        Finding b = single(evaluate(resultCountedOnlyInSubRow().build()), "T3-ROW-TOTAL");
        assertEquals(a.fingerprint(), b.fingerprint());
    }
}
