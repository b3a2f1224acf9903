package io.nianbao.validation.domain;

import io.micrometer.core.instrument.MeterRegistry;
import io.nianbao.events.ParseStatus;
import io.nianbao.events.ReportParsed;
import io.nianbao.events.ReportValidated;
import io.nianbao.model.Finding;
import io.nianbao.model.Report;
import io.nianbao.model.Verdict;
import io.nianbao.rules.RuleEngine;
import io.nianbao.rules.ValidationContext;
import io.nianbao.validation.config.ValidationConfig;
import io.nianbao.validation.repository.ValidationStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/** Applies the rule catalogue to one parsed submission, with the context the store can give. */
@ApplicationScoped
public class ReportValidator {

    private final RuleEngine engine = new RuleEngine();
    private final ValidationStore store;
    private final ValidationConfig config;
    private final MeterRegistry metrics;

    public ReportValidator(ValidationStore store, ValidationConfig config, MeterRegistry metrics) {
        this.store = store;
        this.config = config;
        this.metrics = metrics;
    }

    public String catalogueVersion() {
        return engine.catalogueVersion();
    }

    public ReportValidated validate(ReportParsed parsed) {
        Report report = parsed.report();
        List<Finding> findings;
        if (parsed.status() == ParseStatus.UNREADABLE || report == null) {
            findings = List.of(engine.unreadable(parsed.unreadableReason() == null ? "unknown reason"
                    : parsed.unreadableReason()));
        } else {
            store.saveReport(parsed.submissionId(), parsed.agencyId(), report);
            ValidationContext.Builder context = ValidationContext.builder()
                    .submittedAt(parsed.receivedAt())
                    .registeredAgency(parsed.agencyName())
                    .deadline(config.deadline())
                    .reportKey(parsed.submissionId());
            if (report.year() != null) {
                store.reportOf(parsed.agencyId(), report.year() - 1, parsed.submissionId())
                        .ifPresent(context::previousYearReport);
            }
            findings = engine.validate(report, context.build());
        }
        Verdict verdict = Verdict.of(findings);
        metrics.counter("nianbao.validation.verdicts", "verdict", verdict.name()).increment();
        findings.forEach(f -> metrics.counter("nianbao.validation.findings", "rule", f.rule(),
                "severity", f.severity().json()).increment());
        return new ReportValidated(parsed.submissionId(), parsed.agencyId(), parsed.fileName(),
                report == null ? null : report.agency(), report == null ? null : report.year(), verdict, findings,
                engine.catalogueVersion(), Instant.now());
    }
}
