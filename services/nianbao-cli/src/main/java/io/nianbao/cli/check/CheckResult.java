package io.nianbao.cli.check;

import io.nianbao.model.Finding;
import io.nianbao.model.Report;
import io.nianbao.model.Severity;
import io.nianbao.model.Verdict;

import java.util.List;

/**
 * The offline verdict on one file.
 *
 * @param file     the file as named on the command line
 * @param report   the canonical report, or null when the file could not be read
 * @param findings the rule findings (a single UNREADABLE finding when {@code report} is null)
 */
public record CheckResult(String file, Report report, List<Finding> findings) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    public Verdict verdict() {
        return Verdict.of(findings);
    }

    /** Rule ids of the findings of one severity, in order, without repeats. */
    public List<String> rules(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).map(Finding::rule).distinct().toList();
    }
}
