package io.nianbao.rules;

import io.nianbao.model.Finding;
import io.nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueTest {

    private final RuleEngine engine = new RuleEngine();

    /** report-model §4: fixed ids and severities. */
    private static final Map<String, Severity> CONTRACT = new LinkedHashMap<>();

    static {
        List.of("UNREADABLE", "SECTION-MISSING", "TABLE-MISSING", "CELL-INVALID", "T3-BALANCE", "T3-RESULT-SUM",
                        "T3-ROW-TOTAL", "T4-SUM", "TEMPLATE-OUTDATED", "YEAR-MISMATCH", "PUBLISHED-BEFORE-PERIOD-END",
                        "TEXT-TABLE-MISMATCH", "AGENCY-MISMATCH")
                .forEach(id -> CONTRACT.put(id, Severity.ERROR));
        List.of("PUBLISHED-LATE", "OVERVIEW-INCOMPLETE", "SECTION-EMPTY", "CARRY-MISMATCH", "DUPLICATE-CONTENT")
                .forEach(id -> CONTRACT.put(id, Severity.WARNING));
    }

    @Test
    void catalogueListsEveryContractRuleWithItsSeverity() {
        Map<String, Severity> actual = new LinkedHashMap<>();
        engine.catalogue().forEach(r -> actual.put(r.id(), r.severity()));
        assertEquals(CONTRACT, actual);
    }

    @Test
    void everyRuleHasLegalBasisDescriptionAndMessage() {
        for (RuleDefinition rule : engine.catalogue()) {
            assertNotNull(rule.legalBasis(), rule.id());
            assertFalse(rule.legalBasis().isBlank(), rule.id());
            assertFalse(rule.description().isBlank(), rule.id());
            assertNotNull(rule.messageTemplate(), rule.id());
            assertTrue(rule.messageTemplate().chars().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                    rule.id() + " message should be Chinese");
        }
    }

    @Test
    void versionIsRecorded() {
        assertEquals("2026.1", engine.catalogueVersion());
        assertEquals("2026.1", engine.evaluate(ReportFixture.cleanReport(), ValidationContext.none())
                .catalogueVersion());
    }

    @Test
    void everyRuleReportsAnOutcome() {
        Evaluation e = engine.evaluate(ReportFixture.cleanReport(), ValidationContext.none());
        List<String> ids = engine.catalogue().stream().map(RuleDefinition::id).filter(id -> !id.equals("UNREADABLE"))
                .toList();
        assertEquals(ids, e.outcomes().stream().map(RuleOutcome::rule).toList());
    }

    @Test
    void unreadableIsAnErrorWithTheReason() {
        Finding f = engine.unreadable("文件已加密");
        assertEquals("UNREADABLE", f.rule());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("文件已加密"), f.message());
        assertEquals("文件已加密", f.actual());
        assertEquals(Finding.fingerprint("UNREADABLE", List.of(), null, "文件已加密"), f.fingerprint());
    }

    @Test
    void nullReportIsUnreadableNotACrash() {
        List<Finding> findings = engine.validate(null, null);
        assertEquals(1, findings.size());
        assertEquals("UNREADABLE", findings.get(0).rule());
    }

    @Test
    void evaluationSerialisesWithTheModelsMapper() throws Exception {
        Evaluation e = engine.evaluate(ReportFixture.clean().publishedOn(java.time.LocalDate.of(2023, 6, 1)).build(),
                ValidationContext.none());
        com.fasterxml.jackson.databind.JsonNode json = io.nianbao.model.ReportJson.mapper().valueToTree(e);
        assertEquals("2026.1", json.path("catalogueVersion").asText());
        assertEquals("PUBLISHED-BEFORE-PERIOD-END", json.path("findings").path(0).path("rule").asText());
        assertEquals("error", json.path("findings").path(0).path("severity").asText());
        assertEquals("publishedOn", json.path("findings").path(0).path("cells").path(0).asText());
        assertEquals("PASS", json.path("outcomes").path(0).path("status").asText());
    }

    @Test
    void placeholdersAreFilledAndUnknownOnesStayVisible() {
        assertEquals("表三「自然人」列 1 {missing}",
                MessageTemplate.format("表三「{column}」列 {n} {missing}", Map.of("column", "自然人", "n", 1)));
    }
}
