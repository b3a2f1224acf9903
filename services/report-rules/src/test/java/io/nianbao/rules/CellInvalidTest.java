package io.nianbao.rules;

import io.nianbao.model.Applications;
import io.nianbao.model.Finding;
import io.nianbao.model.ReviewLitigation;
import io.nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.nianbao.rules.RuleAssertions.assertFinding;
import static io.nianbao.rules.RuleAssertions.assertNoFindings;
import static io.nianbao.rules.RuleAssertions.evaluate;
import static io.nianbao.rules.RuleAssertions.findings;
import static io.nianbao.rules.RuleAssertions.single;
import static io.nianbao.rules.RuleAssertions.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CELL-INVALID, and that blank cells never turn into arithmetic errors. */
class CellInvalidTest {

    @Test
    void blankCellIsInvalidAndNotTreatedAsZero() {
        Evaluation e = evaluate(ReportFixture.clean().cell("resultTotal", Applications.TOTAL, null).build());
        Finding f = single(e, "CELL-INVALID");
        assertFinding(f, "CELL-INVALID", Severity.ERROR);
        assertEquals(List.of("applications.resultTotal.total"), f.cells());
        assertNull(f.actual());
        assertEquals("表三「（七）总计」行「总计」列为空或不是数字，请填写数字（没有发生的填 0）。", f.message());
        assertNoFindings(e, "T3-BALANCE");
        assertNoFindings(e, "T3-RESULT-SUM");
        assertNoFindings(e, "T3-ROW-TOTAL");
        assertEquals(RuleStatus.NOT_ASSESSABLE, status(e, "T3-BALANCE"));
        RuleOutcome balance = e.outcome("T3-BALANCE").orElseThrow();
        assertEquals(6, balance.passed());
        assertEquals(1, balance.notAssessable());
    }

    @Test
    void blankCellsOfOneRowAreReportedTogether() {
        Evaluation e = evaluate(ReportFixture.clean()
                .row("carriedForward", 0, null, 0, 0, 0, 0, null).build());
        Finding f = single(e, "CELL-INVALID");
        assertEquals(List.of("applications.carriedForward.commercial", "applications.carriedForward.total"), f.cells());
        assertTrue(f.message().contains("「四、结转下年度继续办理」行「商业企业」「总计」列"), f.message());
    }

    @Test
    void negativeCellIsInvalid() {
        Evaluation e = evaluate(ReportFixture.clean().cell("carriedOver", 0, -1).build());
        List<Finding> found = findings(e, "CELL-INVALID");
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals(List.of("applications.carriedOver.naturalPerson"), f.cells());
        assertEquals(-1, f.actual());
        assertTrue(f.message().contains("负数 -1"), f.message());
        // the negative count is the one error: the sums it is part of are not assessable, not wrong
        assertNoFindings(e, "T3-BALANCE");
        assertNoFindings(e, "T3-ROW-TOTAL");
        assertEquals(RuleStatus.NOT_ASSESSABLE, status(e, "T3-BALANCE"));
        assertEquals(RuleStatus.NOT_ASSESSABLE, status(e, "T3-ROW-TOTAL"));
    }

    @Test
    void negativeTable4NumberIsInvalidWithoutASumError() {
        Evaluation e = evaluate(ReportFixture.clean().t4("review", "corrected", -1).build());
        Finding f = single(e, "CELL-INVALID");
        assertEquals(List.of("reviewLitigation.review.corrected"), f.cells());
        assertNoFindings(e, "T4-SUM");
        assertEquals(RuleStatus.NOT_ASSESSABLE, status(e, "T4-SUM"));
    }

    @Test
    void missingRowIsInvalid() {
        Evaluation e = evaluate(ReportFixture.clean().removeRow("notProcessed.repeated").build());
        Finding f = single(e, "CELL-INVALID");
        assertEquals(7, f.cells().size());
        assertEquals("applications.notProcessed.repeated.naturalPerson", f.cells().get(0));
        assertTrue(f.message().contains("缺少「（五）不予处理 2.重复申请」行"), f.message());
        assertEquals(RuleStatus.NOT_ASSESSABLE, status(e, "T3-RESULT-SUM"));
        assertNoFindings(e, "T3-RESULT-SUM");
    }

    @Test
    void tableWithLabelsButNoValuesGetsOneFinding() {
        Applications blank = Applications.empty();
        for (String row : Applications.ROWS) {
            if (!row.equals("otherHandling")) {
                blank.row(row, new Integer[7]);
            }
        }
        Evaluation e = evaluate(ReportFixture.clean().table3(blank).build());
        Finding f = single(e, "CELL-INVALID");
        assertEquals("表三全部数字单元格均为空，请填写数字（没有发生的填 0）。", f.message());
        assertEquals(25 * 7, f.cells().size());
        for (String rule : List.of("T3-BALANCE", "T3-RESULT-SUM", "T3-ROW-TOTAL", "TEXT-TABLE-MISMATCH")) {
            assertNoFindings(e, rule);
        }
    }

    @Test
    void the2019SingleOtherHandlingRowIsNotReportedAsMissingSubRows() {
        ReportFixture fixture = ReportFixture.clean().template("2019");
        fixture.removeRow("otherHandling.overdueCorrection").removeRow("otherHandling.overdueFee")
                .removeRow("otherHandling.other").row("otherHandling", 0, 0, 0, 0, 0, 0, 0);
        Evaluation e = evaluate(fixture.build());
        assertNoFindings(e, "CELL-INVALID");
        assertEquals(RuleStatus.PASS, status(e, "T3-RESULT-SUM"));
    }

    @Test
    void blankTable4CellIsInvalidAndT4SumNotAssessed() {
        Evaluation e = evaluate(ReportFixture.clean().t4("litigationDirect", "pending", null).build());
        Finding f = single(e, "CELL-INVALID");
        assertEquals(List.of(ReviewLitigation.path("litigationDirect", "pending")), f.cells());
        assertTrue(f.message().startsWith("表四「行政诉讼·未经复议直接起诉」行「尚未审结」栏"), f.message());
        assertNoFindings(e, "T4-SUM");
        RuleOutcome t4 = e.outcome("T4-SUM").orElseThrow();
        assertEquals(2, t4.passed());
        assertEquals(1, t4.notAssessable());
    }
}
