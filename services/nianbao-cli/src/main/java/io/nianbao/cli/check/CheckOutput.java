package io.nianbao.cli.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nianbao.cli.demo.TextTable;
import io.nianbao.model.Finding;
import io.nianbao.model.Report;
import io.nianbao.model.ReportJson;
import io.nianbao.model.Severity;
import io.nianbao.model.Verdict;

import java.util.ArrayList;
import java.util.List;

/** What {@code nianbao check} prints: a table with each file's findings under it, or a JSON array. */
public final class CheckOutput {

    private static final String NONE = "—";
    private static final ObjectMapper MAPPER = ReportJson.configure(new ObjectMapper())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private CheckOutput() {
    }

    /** {@code [{file, status, agency, year, template, errorRules, warningRules, report, findings}]}. */
    public static String json(List<CheckResult> results) {
        ArrayNode array = MAPPER.createArrayNode();
        for (CheckResult r : results) {
            ObjectNode item = array.addObject();
            item.put("file", r.file());
            item.put("status", r.verdict().name());
            Report report = r.report();
            item.put("agency", report == null ? null : report.agency());
            if (report == null || report.year() == null) {
                item.putNull("year");
            } else {
                item.put("year", report.year());
            }
            item.put("template", report == null ? null : report.template());
            r.rules(Severity.ERROR).forEach(item.putArray("errorRules")::add);
            r.rules(Severity.WARNING).forEach(item.putArray("warningRules")::add);
            item.set("report", MAPPER.valueToTree(report));
            item.set("findings", MAPPER.valueToTree(r.findings()));
        }
        try {
            return MAPPER.writeValueAsString(array) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The summary table, then every finding of each file, then the totals. */
    public static String text(List<CheckResult> results, String catalogueVersion) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("FILE", "AGENCY", "YEAR", "TEMPLATE", "STATUS", "ERROR RULES", "WARNINGS"));
        for (CheckResult r : results) {
            Report report = r.report();
            rows.add(List.of(r.file(),
                    report == null || report.agency() == null ? NONE : report.agency(),
                    report == null || report.year() == null ? NONE : report.year().toString(),
                    report == null || report.template() == null ? NONE : report.template(),
                    r.verdict().name(), join(r.rules(Severity.ERROR)), join(r.rules(Severity.WARNING))));
        }
        StringBuilder text = new StringBuilder(TextTable.render(rows));
        for (CheckResult r : results) {
            if (r.findings().isEmpty()) {
                continue;
            }
            text.append('\n').append(r.file()).append(" — ").append(r.verdict().name()).append('\n');
            for (Finding f : r.findings()) {
                text.append("  ").append(f.severity() == Severity.ERROR ? "✗" : "!").append(' ')
                        .append(f.rule()).append("  ").append(f.message()).append('\n');
            }
        }
        long passed = results.stream().filter(r -> r.verdict() == Verdict.PASSED).count();
        text.append('\n').append(results.size()).append(results.size() == 1 ? " report: " : " reports: ")
                .append(passed).append(" passed, ").append(results.size() - passed).append(" failed")
                .append(" (rule catalogue ").append(catalogueVersion).append(")\n");
        return text.toString();
    }

    private static String join(List<String> rules) {
        return rules.isEmpty() ? NONE : String.join(", ", rules);
    }
}
