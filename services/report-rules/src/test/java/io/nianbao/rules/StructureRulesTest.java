package io.nianbao.rules;

import io.nianbao.model.Finding;
import io.nianbao.model.Report;
import io.nianbao.model.Severity;
import io.nianbao.model.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.nianbao.rules.RuleAssertions.assertFinding;
import static io.nianbao.rules.RuleAssertions.assertNoErrors;
import static io.nianbao.rules.RuleAssertions.evaluate;
import static io.nianbao.rules.RuleAssertions.single;
import static io.nianbao.rules.RuleAssertions.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SECTION-MISSING and TABLE-MISSING. */
class StructureRulesTest {

    @Test
    void cleanReportHasNoFindingsAtAll() {
        Evaluation e = evaluate(ReportFixture.cleanReport());
        assertEquals(List.of(), e.findings(), RuleAssertions.describe(e));
        assertEquals(Verdict.PASSED, e.verdict());
        assertEquals(RuleStatus.PASS, status(e, "SECTION-MISSING"));
        assertEquals(RuleStatus.PASS, status(e, "TABLE-MISSING"));
    }

    @Test
    void missingSectionIsAnError() {
        Evaluation e = evaluate(ReportFixture.clean().withoutSection(5).build());
        Finding f = single(e, "SECTION-MISSING");
        assertFinding(f, "SECTION-MISSING", Severity.ERROR);
        assertEquals(List.of("sections.5"), f.cells());
        assertEquals("五、存在的主要问题及改进情况", f.expected());
        assertTrue(f.message().contains("第五部分「存在的主要问题及改进情况」"), f.message());
        assertEquals(Verdict.FAILED, e.verdict());
    }

    @Test
    void missingTable3IsAnErrorAndItsArithmeticIsNotAssessed() {
        Report report = ReportFixture.clean().table3(null).build();
        Evaluation e = evaluate(report);
        Finding f = single(e, "TABLE-MISSING");
        assertFinding(f, "TABLE-MISSING", Severity.ERROR);
        assertEquals(List.of("applications"), f.cells());
        assertTrue(f.message().startsWith("报告缺少表三"), f.message());
        for (String rule : List.of("T3-BALANCE", "T3-RESULT-SUM", "T3-ROW-TOTAL")) {
            assertEquals(RuleStatus.NOT_ASSESSABLE, status(e, rule), rule);
            RuleAssertions.assertNoFindings(e, rule);
        }
        assertEquals(RuleStatus.PASS, status(e, "T4-SUM"));
    }

    @Test
    void missingTable4AndTable2AreErrors() {
        Evaluation e = evaluate(ReportFixture.clean().table4(null).table2(null).build());
        List<Finding> found = RuleAssertions.findings(e, "TABLE-MISSING");
        assertEquals(List.of(List.of("activeDisclosure"), List.of("reviewLitigation")),
                found.stream().map(Finding::cells).toList());
        assertEquals(RuleStatus.NOT_ASSESSABLE, status(e, "T4-SUM"));
    }

    @Test
    void reportWithNoSectionsAndNoTablesGetsStructuralErrorsButNoCrash() {
        Report empty = new Report(1, null, null, null, null, null, null, null, null);
        Evaluation e = evaluate(empty);
        assertEquals(6, RuleAssertions.findings(e, "SECTION-MISSING").size());
        assertEquals(3, RuleAssertions.findings(e, "TABLE-MISSING").size());
        assertTrue(e.findings().stream().allMatch(f -> f.rule().equals("SECTION-MISSING")
                || f.rule().equals("TABLE-MISSING")), RuleAssertions.describe(e));
    }

    @Test
    void malformedReportDoesNotThrow() {
        java.util.List<io.nianbao.model.Section> sections = new java.util.ArrayList<>();
        sections.add(null);
        Report odd = new Report(1, null, "", -5, null, "", sections, null, null);
        Evaluation e = evaluate(odd);
        assertTrue(e.outcomes().stream().anyMatch(o -> o.status() == RuleStatus.NOT_ASSESSABLE));
        assertEquals(Verdict.FAILED, e.verdict()); // the tables are missing
    }

    @Test
    void absentNarrativeSectionIsNotAlsoReportedAsEmpty() {
        Evaluation e = evaluate(ReportFixture.clean().withoutSection(6).build());
        RuleAssertions.assertNoFindings(e, "SECTION-EMPTY");
        single(e, "SECTION-MISSING");
    }

    @Test
    void cleanReportStaysCleanWithFullContext() {
        ValidationContext ctx = ValidationContext.builder().registeredAgency("青石县商务局").expectedYear(2023)
                .submittedAt(java.time.Instant.parse("2024-01-25T02:00:00Z"))
                .previousYearReport(ReportFixture.clean().year(2022).build())
                .narrativeIndex(new InMemoryNarrativeIndex()).build();
        Evaluation e = evaluate(ReportFixture.cleanReport(), ctx);
        assertNoErrors(e);
        assertEquals(List.of(), e.findings(), RuleAssertions.describe(e));
    }
}
