package io.nianbao.rules;

import io.nianbao.model.Finding;
import io.nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import static io.nianbao.rules.RuleAssertions.assertFinding;
import static io.nianbao.rules.RuleAssertions.assertNoFindings;
import static io.nianbao.rules.RuleAssertions.evaluate;
import static io.nianbao.rules.RuleAssertions.single;
import static io.nianbao.rules.RuleAssertions.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** YEAR-MISMATCH, PUBLISHED-BEFORE-PERIOD-END and PUBLISHED-LATE. */
class DateRulesTest {

    @Test
    void reportDatedBeforeThePeriodEnds() {
        // like seed 004: a 2023 report dated 2023年1月26日
        Evaluation e = evaluate(ReportFixture.clean().publishedOn(LocalDate.of(2023, 1, 26)).build());
        Finding f = single(e, "PUBLISHED-BEFORE-PERIOD-END");
        assertFinding(f, "PUBLISHED-BEFORE-PERIOD-END", Severity.ERROR);
        assertEquals(List.of("publishedOn"), f.cells());
        assertEquals("2023-12-31", f.expected());
        assertEquals("2023-01-26", f.actual());
        assertTrue(f.message().startsWith("报告落款日期为 2023年1月26日，早于 2023 年度统计期结束日 2023年12月31日"),
                f.message());
        assertNoFindings(e, "PUBLISHED-LATE");
    }

    @Test
    void datedOnTheLastDayOfTheYearIsFine() {
        Evaluation e = evaluate(ReportFixture.clean().publishedOn(LocalDate.of(2023, 12, 31)).build());
        assertNoFindings(e, "PUBLISHED-BEFORE-PERIOD-END");
        assertEquals(RuleStatus.PASS, status(e, "PUBLISHED-BEFORE-PERIOD-END"));
    }

    @Test
    void noDateIsNotAssessable() {
        Evaluation e = evaluate(ReportFixture.clean().publishedOn(null).build());
        assertEquals(RuleStatus.NOT_ASSESSABLE, status(e, "PUBLISHED-BEFORE-PERIOD-END"));
        assertEquals(RuleStatus.NOT_ASSESSABLE, status(e, "PUBLISHED-LATE"));
        assertEquals(List.of(), e.findings());
    }

    @Test
    void publishedAfterTheNationalDeadlineIsAWarning() {
        Evaluation e = evaluate(ReportFixture.clean().publishedOn(LocalDate.of(2024, 2, 1)).build());
        Finding f = single(e, "PUBLISHED-LATE");
        assertFinding(f, "PUBLISHED-LATE", Severity.WARNING);
        assertEquals("2024-01-31", f.expected());
        assertEquals("2024-02-01", f.actual());
        assertEquals("报告落款日期为 2024年2月1日，晚于 2023 年度报告的报送时限 2024年1月31日。", f.message());
        RuleAssertions.assertNoErrors(e);
    }

    @Test
    void provinceDeadlineIsConfigurable() {
        ValidationContext ctx = ValidationContext.builder().deadline(MonthDay.of(1, 20)).build();
        Evaluation e = evaluate(ReportFixture.clean().publishedOn(LocalDate.of(2024, 1, 22)).build(), ctx);
        assertEquals("2024-01-20", single(e, "PUBLISHED-LATE").expected());
        Evaluation onTime = evaluate(ReportFixture.clean().publishedOn(LocalDate.of(2024, 1, 20)).build(), ctx);
        assertNoFindings(onTime, "PUBLISHED-LATE");
    }

    @Test
    void submissionTimeCountsWhenTheReportStatesNoDate() {
        ValidationContext ctx = ValidationContext.builder()
                .submittedAt(Instant.parse("2024-01-31T17:30:00Z")).build(); // 1 February 01:30 in Beijing
        Finding f = single(evaluate(ReportFixture.clean().publishedOn(null).build(), ctx), "PUBLISHED-LATE");
        assertEquals(List.of("submittedAt"), f.cells());
        assertEquals("2024-02-01", f.actual());
        assertTrue(f.message().startsWith("报告未写落款日期，报送时间为 2024年2月1日"), f.message());
    }

    @Test
    void printedDateTakesPrecedenceOverSubmissionTime() {
        ValidationContext ctx = ValidationContext.builder()
                .submittedAt(Instant.parse("2024-03-01T02:00:00Z")).build();
        Evaluation e = evaluate(ReportFixture.clean().publishedOn(LocalDate.of(2024, 1, 22)).build(), ctx);
        assertNoFindings(e, "PUBLISHED-LATE");
    }

    @Test
    void yearDifferentFromTheExpectedOne() {
        ValidationContext ctx = ValidationContext.builder().expectedYear(2024).build();
        Finding f = single(evaluate(ReportFixture.cleanReport(), ctx), "YEAR-MISMATCH");
        assertFinding(f, "YEAR-MISMATCH", Severity.ERROR);
        assertEquals(List.of("year"), f.cells());
        assertEquals(2024, f.expected());
        assertEquals(2023, f.actual());
    }

    @Test
    void statisticsPeriodOfAnotherYear() {
        String overview = "本报告所列数据的统计期限为 2022 年 1 月 1 日至 2022 年 12 月 31 日。" + ReportFixture.OVERVIEW;
        Finding f = single(evaluate(ReportFixture.clean().section(1, overview).build()), "YEAR-MISMATCH");
        assertEquals(2023, f.expected());
        assertEquals(2022, f.actual());
        assertTrue(f.message().contains("统计期限为 2022 年 1 月 1 日至 2022 年 12 月 31 日"), f.message());
    }

    @Test
    void statisticsPeriodInThePreambleBeforeSectionOne() {
        Finding f = single(evaluate(ReportFixture.clean()
                .preamble("本报告根据《条例》编制。本报告所列数据的统计期限为2022年1月1日至2022年12月31日。").build()),
                "YEAR-MISMATCH");
        assertEquals(2022, f.actual());
        assertEquals(List.of("year", "preamble"), f.cells());
    }

    @Test
    void matchingStatisticsPeriodAndExpectedYearPass() {
        String overview = "报告中所列数据统计期限为2023年1月1日至12月31日。" + ReportFixture.OVERVIEW;
        ValidationContext ctx = ValidationContext.builder().expectedYear(2023).build();
        Evaluation e = evaluate(ReportFixture.clean().section(1, overview).build(), ctx);
        assertNoFindings(e, "YEAR-MISMATCH");
        assertEquals(RuleStatus.PASS, status(e, "YEAR-MISMATCH"));
        assertEquals(2, e.outcome("YEAR-MISMATCH").orElseThrow().passed());
    }
}
