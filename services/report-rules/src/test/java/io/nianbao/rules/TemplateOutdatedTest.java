package io.nianbao.rules;

import io.nianbao.model.ActiveDisclosure;
import io.nianbao.model.Finding;
import io.nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.nianbao.rules.RuleAssertions.assertFinding;
import static io.nianbao.rules.RuleAssertions.assertNoFindings;
import static io.nianbao.rules.RuleAssertions.evaluate;
import static io.nianbao.rules.RuleAssertions.single;
import static io.nianbao.rules.RuleAssertions.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TEMPLATE-OUTDATED. */
class TemplateOutdatedTest {

    private static ActiveDisclosure table2Of2019() {
        return new ActiveDisclosure()
                .cell("rules", "newlyMade", BigDecimal.ZERO).cell("rules", "newlyPublished", BigDecimal.ZERO)
                .cell("rules", "totalPublished", BigDecimal.ZERO)
                .cell("licensing", "previousYear", BigDecimal.ZERO).cell("licensing", "change", BigDecimal.ZERO)
                .cell("licensing", "decisions", BigDecimal.ZERO)
                .cell("procurement", "items", BigDecimal.ZERO).cell("procurement", "amount", BigDecimal.ZERO);
    }

    @Test
    void the2019FormatIsAnError() {
        ReportFixture fixture = ReportFixture.clean().template("2019").table2(table2Of2019())
                .removeRow("otherHandling.overdueCorrection").removeRow("otherHandling.overdueFee")
                .removeRow("otherHandling.other").row("otherHandling", 0, 0, 0, 0, 0, 0, 0);
        Evaluation e = evaluate(fixture.build());
        Finding f = single(e, "TEMPLATE-OUTDATED");
        assertFinding(f, "TEMPLATE-OUTDATED", Severity.ERROR);
        assertEquals("2021", f.expected());
        assertEquals("2019", f.actual());
        assertEquals("template", f.cells().get(0));
        assertTrue(f.cells().contains("activeDisclosure.rules.newlyMade"), f.cells().toString());
        assertTrue(f.cells().contains("activeDisclosure.procurement"), f.cells().toString());
        assertTrue(f.message().contains("国办公开办函〔2021〕30号"), f.message());
        assertTrue(f.message().contains("政府集中采购"), f.message());
        assertTrue(f.message().startsWith("报告使用了 2019 年试行格式"), f.message());
    }

    @Test
    void aMixOfBothFormatsIsAnError() {
        // like seed 003: 2019 Table 2 columns, a 2021 fee row, and Table 3's single （六）其他处理 row
        ActiveDisclosure t2 = table2Of2019().cell("fees", "amount", BigDecimal.ZERO);
        ReportFixture fixture = ReportFixture.clean().template("2019").table2(t2)
                .removeRow("otherHandling.overdueCorrection").removeRow("otherHandling.overdueFee")
                .removeRow("otherHandling.other").row("otherHandling", 0, 0, 0, 0, 0, 0, 0);
        Finding f = single(evaluate(fixture.build()), "TEMPLATE-OUTDATED");
        assertEquals("mixed", f.actual());
        assertTrue(f.cells().contains("applications.otherHandling"));
        assertTrue(f.message().startsWith("报告混用了 2019 年试行格式和 2021 年格式"), f.message());
    }

    @Test
    void templateMarkedMixedIsAnError() {
        Finding f = single(evaluate(ReportFixture.clean().template("mixed").build()), "TEMPLATE-OUTDATED");
        assertEquals("mixed", f.actual());
    }

    @Test
    void a2021ReportWithA2019RowIsCaughtFromTheTables() {
        ReportFixture fixture = ReportFixture.clean().template("2021")
                .removeRow("otherHandling.overdueCorrection").removeRow("otherHandling.overdueFee")
                .removeRow("otherHandling.other").row("otherHandling", 0, 0, 0, 0, 0, 0, 0);
        Finding f = single(evaluate(fixture.build()), "TEMPLATE-OUTDATED");
        assertEquals("mixed", f.actual());
    }

    @Test
    void the2021FormatPassesAndUnknownIsNotAssessed() {
        Evaluation clean = evaluate(ReportFixture.cleanReport());
        assertNoFindings(clean, "TEMPLATE-OUTDATED");
        assertEquals(RuleStatus.PASS, status(clean, "TEMPLATE-OUTDATED"));
        Evaluation unknown = evaluate(ReportFixture.clean().template("unknown").table2(new ActiveDisclosure()).build());
        assertNoFindings(unknown, "TEMPLATE-OUTDATED");
        assertEquals(RuleStatus.NOT_ASSESSABLE, status(unknown, "TEMPLATE-OUTDATED"));
    }

    private static ReportFixture the2019Format() {
        return ReportFixture.clean().template("2019").table2(table2Of2019())
                .removeRow("otherHandling.overdueCorrection").removeRow("otherHandling.overdueFee")
                .removeRow("otherHandling.other").row("otherHandling", 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void reportsOn2019And2020CorrectlyUseThe2019Format() {
        for (int year : new int[] {2019, 2020}) {
            Evaluation e = evaluate(the2019Format().year(year).build());
            assertNoFindings(e, "TEMPLATE-OUTDATED");
            assertEquals(RuleStatus.PASS, status(e, "TEMPLATE-OUTDATED"), "report on " + year);
        }
        // a mix in a 2020 report is no error either: the 2021 format did not exist when it was due
        Evaluation mixed = evaluate(the2019Format().year(2020).template("mixed").build());
        assertNoFindings(mixed, "TEMPLATE-OUTDATED");
    }

    @Test
    void theFirstYearOfThe2021FormatIs2021() {
        Finding f = single(evaluate(the2019Format().year(2021).build()), "TEMPLATE-OUTDATED");
        assertEquals("2019", f.actual());
    }

    @Test
    void theSubmissionsYearDecidesWhenTheReportStatesNone() {
        Evaluation for2020 = evaluate(the2019Format().year(null).build(),
                ValidationContext.builder().expectedYear(2020).build());
        assertNoFindings(for2020, "TEMPLATE-OUTDATED");
        assertEquals(RuleStatus.PASS, status(for2020, "TEMPLATE-OUTDATED"));
        Evaluation for2023 = evaluate(the2019Format().year(null).build(),
                ValidationContext.builder().expectedYear(2023).build());
        assertEquals("2019", single(for2023, "TEMPLATE-OUTDATED").actual());
        Evaluation unknown = evaluate(the2019Format().year(null).build());
        assertNoFindings(unknown, "TEMPLATE-OUTDATED");
        assertEquals(RuleStatus.NOT_ASSESSABLE, status(unknown, "TEMPLATE-OUTDATED"));
    }
}
