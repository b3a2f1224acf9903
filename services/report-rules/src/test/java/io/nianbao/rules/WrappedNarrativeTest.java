package io.nianbao.rules;

import io.nianbao.model.Finding;
import io.nianbao.model.Report;
import io.nianbao.model.Severity;
import io.nianbao.parser.ParseOutcome;
import io.nianbao.parser.ReportParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.nianbao.rules.RuleAssertions.assertFinding;
import static io.nianbao.rules.RuleAssertions.assertNoFindings;
import static io.nianbao.rules.RuleAssertions.describe;
import static io.nianbao.rules.RuleAssertions.single;
import static io.nianbao.rules.RuleAssertions.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A count stated in a PDF narrative whose printed line breaks inside it ("……其中予以公开和部" / "分公开共28件……",
 * a 16 pt body on A4 as government documents are printed) is read whole and compared with Table 3. The two PDFs
 * (report-parser's fixtures/meta, made by LibreOffice from the HTML beside them) differ only in Table 3: in one
 * 予以公开 + 部分公开 is 28 as the narrative says, in the other 25.
 */
class WrappedNarrativeTest {

    private static final ReportParser PARSER = new ReportParser();

    private static Path fixture(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path f = p.resolve("services/report-parser/src/test/resources/fixtures/meta").resolve(name);
            if (Files.exists(f)) {
                return f;
            }
            Path sibling = p.resolve("report-parser/src/test/resources/fixtures/meta").resolve(name);
            if (Files.exists(sibling)) {
                return sibling;
            }
        }
        throw new IllegalStateException("fixture " + name + " not found");
    }

    private static Evaluation evaluate(String name) throws IOException {
        Path file = fixture(name);
        ParseOutcome outcome = PARSER.parse(name, Files.readAllBytes(file));
        assertTrue(outcome.readable(), () -> name + ": " + outcome.unreadableReason());
        Report report = outcome.report();
        assertTrue(report.section(1).orElseThrow().text().contains("其中予以公开和部分公开共28件"),
                () -> "section 1 should hold the statement whole: " + report.section(1).orElseThrow().text());
        return RuleAssertions.evaluate(report);
    }

    @Test
    void aWrappedStatementThatContradictsTable3IsFound() throws IOException {
        Evaluation e = evaluate("wrapped-narrative-differs.pdf");
        Finding f = single(e, "TEXT-TABLE-MISMATCH");
        assertFinding(f, "TEXT-TABLE-MISMATCH", Severity.ERROR);
        assertEquals(28, f.expected());
        assertEquals(25, f.actual());
        assertEquals(List.of("applications.granted.total", "applications.partiallyGranted.total",
                "sections.1.text"), f.cells());
        assertTrue(f.message().contains("予以公开和部分公开共28件"), f.message());
        assertEquals(List.of("TEXT-TABLE-MISMATCH"), e.findings().stream()
                .filter(x -> x.severity() == Severity.ERROR).map(Finding::rule).toList(), describe(e));
    }

    @Test
    void aWrappedStatementThatAgreesWithTable3GivesNoFinding() throws IOException {
        Evaluation e = evaluate("wrapped-narrative-agrees.pdf");
        assertNoFindings(e, "TEXT-TABLE-MISMATCH");
        assertEquals(RuleStatus.PASS, status(e, "TEXT-TABLE-MISMATCH"), describe(e));
        assertTrue(e.findings().stream().noneMatch(x -> x.severity() == Severity.ERROR), describe(e));
    }
}
