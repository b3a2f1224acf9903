package io.nianbao.rules;

import io.nianbao.model.Finding;
import io.nianbao.model.Report;
import io.nianbao.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.nianbao.rules.RuleAssertions.assertFinding;
import static io.nianbao.rules.RuleAssertions.assertNoFindings;
import static io.nianbao.rules.RuleAssertions.evaluate;
import static io.nianbao.rules.RuleAssertions.single;
import static io.nianbao.rules.RuleAssertions.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AGENCY-MISMATCH and CARRY-MISMATCH (rules that need the caller's context). */
class ContextRulesTest {

    private static ValidationContext registered(String name) {
        return ValidationContext.builder().registeredAgency(name).build();
    }

    @Test
    void reportOfAnotherAgency() {
        Evaluation e = evaluate(ReportFixture.clean().agency("白河镇人民政府").build(), registered("青石县商务局"));
        Finding f = single(e, "AGENCY-MISMATCH");
        assertFinding(f, "AGENCY-MISMATCH", Severity.ERROR);
        assertEquals(List.of("agency"), f.cells());
        assertEquals("青石县商务局", f.expected());
        assertEquals("白河镇人民政府", f.actual());
        assertEquals("报告署名的机关为「白河镇人民政府」，与登记的报送机关「青石县商务局」不符，请确认是否上传了其他机关的报告。",
                f.message());
    }

    @ParameterizedTest
    @CsvSource({
        "招远市商务局, 招远市商务局",
        "招远市商务局, 招远市 商务局",
        "招商局（商务局）, 招商局",
        "漯河经济技术开发区招商局（商务局）, 招商局（商务局）",
        "驻马店经济开发区招商局, 开发区招商局",
        "青石县商务局, 青石商务局",
        "青石县商务局, 青石县商务局(青石县粮食局)",
        "邢台市商务局, 邢台市商务局 ",
        "青石县卫生健康委员会, 青石縣衛生健康委員會",
        "青石县商务局, 青石縣商務局（青石縣糧食局）"})
    void spellingVariantsOfTheSameAgencyMatch(String registeredName, String reportName) {
        assertTrue(AgencyNames.sameAgency(registeredName, reportName), registeredName + " / " + reportName);
        Evaluation e = evaluate(ReportFixture.clean().agency(reportName).build(), registered(registeredName));
        assertNoFindings(e, "AGENCY-MISMATCH");
        assertEquals(RuleStatus.PASS, status(e, "AGENCY-MISMATCH"));
    }

    @Test
    void differentAgenciesDoNotMatch() {
        assertFalse(AgencyNames.sameAgency("邢台市商务局", "招远市商务局"));
        assertFalse(AgencyNames.sameAgency("青石县商务局", "青石县财政局"));
        assertFalse(AgencyNames.sameAgency("青石县商务局", null));
    }

    @Test
    void agencyRuleNeedsBothNames() {
        assertEquals(RuleStatus.NOT_ASSESSABLE, status(evaluate(ReportFixture.cleanReport()), "AGENCY-MISMATCH"));
        Evaluation noName = evaluate(ReportFixture.clean().agency(null).build(), registered("青石县商务局"));
        assertNoFindings(noName, "AGENCY-MISMATCH");
        assertEquals(RuleStatus.NOT_ASSESSABLE, status(noName, "AGENCY-MISMATCH"));
    }

    @Test
    void carriedOverDifferingFromLastYearsCarriedForward() {
        Report lastYear = ReportFixture.clean().year(2022)
                .row("newReceived", 3, 0, 0, 0, 0, 0, 3).row("granted", 1, 0, 0, 0, 0, 0, 1)
                .row("resultTotal", 1, 0, 0, 0, 0, 0, 1).row("carriedForward", 2, 0, 0, 0, 0, 0, 2).build();
        ValidationContext ctx = ValidationContext.builder().previousYearReport(lastYear).build();
        Evaluation e = evaluate(ReportFixture.cleanReport(), ctx);
        List<Finding> found = RuleAssertions.findings(e, "CARRY-MISMATCH");
        assertEquals(2, found.size(), RuleAssertions.describe(e));
        Finding f = found.get(0);
        assertFinding(f, "CARRY-MISMATCH", Severity.WARNING);
        assertEquals(List.of("applications.carriedOver.naturalPerson"), f.cells());
        assertEquals(2, f.expected());
        assertEquals(0, f.actual());
        assertEquals("表三「二、上年结转政府信息公开申请数量」行「自然人」列为 0，而本机关 2022 年度报告「四、结转下年度继续办理」为 2，请核对。",
                f.message());
        assertEquals(List.of("applications.carriedOver.total"), found.get(1).cells());
        RuleAssertions.assertNoErrors(e);
    }

    @Test
    void carryRuleSkipsAReportThatIsNotOfThePreviousYear() {
        Report twoYearsAgo = ReportFixture.clean().year(2021).row("carriedForward", 2, 0, 0, 0, 0, 0, 2).build();
        Evaluation e = evaluate(ReportFixture.cleanReport(),
                ValidationContext.builder().previousYearReport(twoYearsAgo).build());
        assertNoFindings(e, "CARRY-MISMATCH");
        assertEquals(RuleStatus.NOT_ASSESSABLE, status(e, "CARRY-MISMATCH"));
    }

    @Test
    void matchingCarryPasses() {
        Evaluation e = evaluate(ReportFixture.cleanReport(),
                ValidationContext.builder().previousYearReport(ReportFixture.clean().year(2022).build()).build());
        assertEquals(RuleStatus.PASS, status(e, "CARRY-MISMATCH"));
        assertEquals(7, e.outcome("CARRY-MISMATCH").orElseThrow().passed());
    }
}
