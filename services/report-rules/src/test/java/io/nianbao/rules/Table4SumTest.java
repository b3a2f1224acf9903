package io.nianbao.rules;

import io.nianbao.model.Finding;
import io.nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.nianbao.rules.RuleAssertions.assertFinding;
import static io.nianbao.rules.RuleAssertions.evaluate;
import static io.nianbao.rules.RuleAssertions.single;
import static io.nianbao.rules.RuleAssertions.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** T4-SUM. */
class Table4SumTest {

    private static ReportFixture withReview() {
        return ReportFixture.clean().section(1, ReportFixture.OVERVIEW.replace(
                "，未发生因政府信息公开被申请行政复议、提起行政诉讼的情况", ""));
    }

    @Test
    void groupTotalMustEqualItsFourResults() {
        Evaluation e = evaluate(withReview().t4("review", "upheld", 1).t4("review", "pending", 1)
                .t4("review", "total", 1).build());
        Finding f = single(e, "T4-SUM");
        assertFinding(f, "T4-SUM", Severity.ERROR);
        assertEquals(List.of("reviewLitigation.review.total", "reviewLitigation.review.upheld",
                "reviewLitigation.review.corrected", "reviewLitigation.review.other",
                "reviewLitigation.review.pending"), f.cells());
        assertEquals(2, f.expected());
        assertEquals(1, f.actual());
        assertEquals("表四「行政复议」：总计应为 2（结果维持、结果纠正、其他结果、尚未审结之和），报告填写 1。", f.message());
    }

    @Test
    void consistentGroupsPass() {
        Evaluation e = evaluate(withReview().t4("litigationAfterReview", "corrected", 1)
                .t4("litigationAfterReview", "total", 1).build());
        RuleAssertions.assertNoErrors(e);
        assertEquals(RuleStatus.PASS, status(e, "T4-SUM"));
        assertEquals(3, e.outcome("T4-SUM").orElseThrow().passed());
    }
}
