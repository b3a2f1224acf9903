package io.nianbao.cli.check;

import io.nianbao.model.Report;
import io.nianbao.parser.ParseOutcome;
import io.nianbao.parser.ReportParser;
import io.nianbao.rules.InMemoryNarrativeIndex;
import io.nianbao.rules.RuleEngine;
import io.nianbao.rules.ValidationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Parses and validates files without the stack, with the same parser and rule catalogue as the services. The
 * files of one run are each other's context: narratives are compared across them (DUPLICATE-CONTENT), and a
 * report of the same agency for the previous year is used for CARRY-MISMATCH.
 */
public final class OfflineChecker {

    /**
     * What the caller knows beyond the files.
     *
     * @param agency   the registered name of the submitting agency (AGENCY-MISMATCH), or null
     * @param year     the expected reporting year (YEAR-MISMATCH), or null
     * @param deadline the province's deadline, or null for 31 January
     */
    public record Options(String agency, Integer year, MonthDay deadline) {
        public static Options none() {
            return new Options(null, null, null);
        }
    }

    private final ReportParser parser;
    private final RuleEngine rules;

    public OfflineChecker(ReportParser parser, RuleEngine rules) {
        this.parser = parser;
        this.rules = rules;
    }

    public String catalogueVersion() {
        return rules.catalogueVersion();
    }

    /** Parses one file; a file that cannot be read from disk is unreadable, with the reason. */
    public ParseOutcome parse(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            return ParseOutcome.unreadable("文件无法读取 / cannot read the file: " + e.getMessage());
        }
        return parser.parse(file.getFileName().toString(), bytes);
    }

    /** Checks every file, in the order given. */
    public List<CheckResult> check(List<Path> files, Options options) {
        Map<String, ParseOutcome> parsed = new LinkedHashMap<>();
        InMemoryNarrativeIndex narratives = new InMemoryNarrativeIndex();
        for (Path file : files) {
            ParseOutcome outcome = parse(file);
            parsed.put(file.toString(), outcome);
            if (outcome.readable()) {
                narratives.add(file.toString(), outcome.report());
            }
        }
        List<CheckResult> results = new ArrayList<>();
        parsed.forEach((file, outcome) -> {
            if (!outcome.readable()) {
                results.add(new CheckResult(file, null, List.of(rules.unreadable(outcome.unreadableReason()))));
                return;
            }
            Report report = outcome.report();
            ValidationContext context = ValidationContext.builder()
                    .registeredAgency(options.agency())
                    .expectedYear(options.year())
                    .deadline(options.deadline())
                    .previousYearReport(previousYear(report, parsed))
                    .narrativeIndex(narratives)
                    .reportKey(file)
                    .build();
            results.add(new CheckResult(file, report, rules.validate(report, context)));
        });
        return results;
    }

    /** The report among {@code parsed} of the same agency for the year before, if any. */
    private static Report previousYear(Report report, Map<String, ParseOutcome> parsed) {
        if (report.agency() == null || report.year() == null) {
            return null;
        }
        return parsed.values().stream().filter(ParseOutcome::readable).map(ParseOutcome::report)
                .filter(r -> Objects.equals(r.agency(), report.agency()))
                .filter(r -> r.year() != null && r.year() == report.year() - 1)
                .findFirst().orElse(null);
    }
}
