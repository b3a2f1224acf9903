package io.nianbao.validation.domain;

import io.micrometer.core.instrument.MeterRegistry;
import io.nianbao.events.ParseStatus;
import io.nianbao.events.ReportParsed;
import io.nianbao.events.ReportValidated;
import io.nianbao.metrics.MetricNames;
import io.nianbao.model.Finding;
import io.nianbao.model.Report;
import io.nianbao.model.Verdict;
import io.nianbao.rules.Evaluation;
import io.nianbao.rules.RuleDefinition;
import io.nianbao.rules.RuleEngine;
import io.nianbao.rules.RuleOutcome;
import io.nianbao.rules.RuleStatus;
import io.nianbao.rules.ValidationContext;
import io.nianbao.validation.config.ValidationConfig;
import io.nianbao.validation.repository.MongoNarrativeIndex;
import io.nianbao.validation.repository.StoredReport;
import io.nianbao.validation.repository.ValidationStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/**
 * Applies the rule catalogue to one submission, with the context the store can give: the registered agency,
 * submission time, deadline, expected year, the agency's previous-year report and the narrative fingerprints of
 * every other stored report. Counts verdicts, findings and each rule's outcome.
 */
@ApplicationScoped
public class ReportValidator {

    private final RuleEngine engine = new RuleEngine();
    private final ValidationStore store;
    private final MongoNarrativeIndex narratives;
    private final ValidationConfig config;
    private final MeterRegistry metrics;

    public ReportValidator(ValidationStore store, MongoNarrativeIndex narratives, ValidationConfig config,
                           MeterRegistry metrics) {
        this.store = store;
        this.narratives = narratives;
        this.config = config;
        this.metrics = metrics;
    }

    public String catalogueVersion() {
        return engine.catalogueVersion();
    }

    /** The rule definitions of the current catalogue, in catalogue order. */
    public List<RuleDefinition> catalogue() {
        return engine.catalogue();
    }

    /**
     * First validation of a {@code reports.parsed} record: a readable report is kept (with the configured
     * expected year) and fingerprinted for later duplicate checks, then checked.
     */
    public ReportValidated validate(ReportParsed parsed) {
        Report report = parsed.report();
        if (parsed.status() == ParseStatus.UNREADABLE || report == null) {
            metrics.counter(MetricNames.VALIDATION_RULE_OUTCOMES, "rule", RuleEngine.UNREADABLE,
                    "status", RuleStatus.FAIL.name()).increment();
            return result(parsed, List.of(engine.unreadable(parsed.unreadableReason() == null ? "unknown reason"
                    : parsed.unreadableReason())));
        }
        Integer expectedYear = config.expectedYear().orElse(null);
        store.saveReport(parsed, expectedYear);
        narratives.save(parsed.submissionId(), parsed.agencyId(), report);
        return check(parsed, expectedYear);
    }

    /** Checks a stored report again with the current catalogue, in the context it was submitted in. */
    public ReportValidated revalidate(StoredReport stored) {
        narratives.save(stored.submissionId(), stored.agencyId(), stored.report());
        return check(stored.asParsed(), stored.expectedYear());
    }

    private ReportValidated check(ReportParsed parsed, Integer expectedYear) {
        Report report = parsed.report();
        ValidationContext.Builder context = ValidationContext.builder()
                .submittedAt(parsed.receivedAt())
                .registeredAgency(parsed.agencyName())
                .deadline(config.deadline())
                .expectedYear(expectedYear)
                .narrativeIndex(narratives)
                .reportKey(parsed.submissionId());
        if (report.year() != null) {
            store.reportOf(parsed.agencyId(), report.year() - 1, parsed.submissionId())
                    .ifPresent(context::previousYearReport);
        }
        Evaluation evaluation = engine.evaluate(report, context.build());
        for (RuleOutcome outcome : evaluation.outcomes()) {
            metrics.counter(MetricNames.VALIDATION_RULE_OUTCOMES, "rule", outcome.rule(),
                    "status", outcome.status().name()).increment();
        }
        return result(parsed, evaluation.findings());
    }

    private ReportValidated result(ReportParsed parsed, List<Finding> findings) {
        Report report = parsed.report();
        Verdict verdict = Verdict.of(findings);
        metrics.counter(MetricNames.VALIDATION_VERDICTS, "verdict", verdict.name()).increment();
        findings.forEach(f -> metrics.counter(MetricNames.VALIDATION_FINDINGS, "rule", f.rule(),
                "severity", f.severity().json()).increment());
        return new ReportValidated(parsed.submissionId(), parsed.agencyId(), parsed.fileName(),
                report == null ? null : report.agency(), report == null ? null : report.year(), verdict, findings,
                engine.catalogueVersion(), Instant.now());
    }
}
