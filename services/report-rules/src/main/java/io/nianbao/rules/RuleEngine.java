package io.nianbao.rules;

import io.nianbao.model.Finding;
import io.nianbao.model.Report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies the reviewers' rule catalogue (resource {@code rules/catalogue.json}) to a canonical report. The
 * catalogue is data (id, severity, legal basis, message templates, version); each rule's check is code.
 * Thread-safe and cheap to share: create one and reuse it.
 */
public final class RuleEngine {

    /** The id of the finding for a file that could not be read at all. */
    public static final String UNREADABLE = "UNREADABLE";

    private static final System.Logger LOG = System.getLogger(RuleEngine.class.getName());

    private final Catalogue catalogue;
    private final List<Check> checks;

    /** Loads the catalogue from the classpath. */
    public RuleEngine() {
        this(Catalogue.load());
    }

    RuleEngine(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.checks = List.of(
                new SectionMissingCheck(),
                new TableMissingCheck(),
                new CellInvalidCheck(),
                new T3BalanceCheck(),
                new T3ResultSumCheck(),
                new T3RowTotalCheck(),
                new T4SumCheck(),
                new TemplateOutdatedCheck(),
                new YearMismatchCheck(),
                new PublishedBeforePeriodEndCheck(),
                new PublishedLateCheck(),
                new TextTableMismatchCheck(),
                new OverviewIncompleteCheck(),
                new SectionEmptyCheck(),
                new AgencyMismatchCheck(),
                new CarryMismatchCheck(),
                new DuplicateContentCheck());
        verifyCoverage();
    }

    /** The catalogue version, recorded with every validation result (e.g. "2026.1"). */
    public String catalogueVersion() {
        return catalogue.version();
    }

    /** Every rule of the catalogue, in catalogue order. */
    public List<RuleDefinition> catalogue() {
        return catalogue.rules();
    }

    /** Findings for a parsed report; never throws (a failing check is recorded as not assessable). */
    public List<Finding> validate(Report report, ValidationContext context) {
        return evaluate(report, context).findings();
    }

    /** Findings plus each rule's outcome (PASS / FAIL / NOT_ASSESSABLE with item counts); never throws. */
    public Evaluation evaluate(Report report, ValidationContext context) {
        ValidationContext ctx = context == null ? ValidationContext.none() : context;
        if (report == null) {
            RuleRun run = new RuleRun(catalogue.rule(UNREADABLE));
            Finding finding = unreadable("没有可检查的报告内容");
            return new Evaluation(catalogueVersion(), List.of(finding), List.of(
                    new RuleOutcome(UNREADABLE, run.definition().severity(), RuleStatus.FAIL, 0, 1, 0, List.of())));
        }
        Map<String, RuleRun> runs = new LinkedHashMap<>();
        for (Check check : checks) {
            RuleRun run = new RuleRun(catalogue.rule(check.ruleId()));
            try {
                check.run(report, ctx, run);
            } catch (RuntimeException | StackOverflowError e) {
                LOG.log(System.Logger.Level.WARNING, "rule " + check.ruleId() + " could not run: " + e);
                run = new RuleRun(catalogue.rule(check.ruleId()));
                run.notAssessable("internal error: " + e.getClass().getSimpleName());
            }
            runs.put(check.ruleId(), run);
        }
        List<Finding> findings = new ArrayList<>();
        List<RuleOutcome> outcomes = new ArrayList<>();
        for (RuleDefinition rule : catalogue.rules()) {
            RuleRun run = runs.get(rule.id());
            if (run != null) {
                findings.addAll(run.findings());
                outcomes.add(run.outcome());
            }
        }
        return new Evaluation(catalogueVersion(), findings, outcomes);
    }

    /** The UNREADABLE error finding, with the reason in words a submitter understands. */
    public Finding unreadable(String reason) {
        RuleDefinition rule = catalogue.rule(UNREADABLE);
        String why = reason == null || reason.isBlank() ? "原因不明" : reason.strip();
        return Finding.of(UNREADABLE, rule.severity(), MessageTemplate.format(rule.messageTemplate(),
                Map.of("reason", why)), List.of(), null, why);
    }

    private void verifyCoverage() {
        Set<String> implemented = new TreeSet<>();
        checks.forEach(c -> implemented.add(c.ruleId()));
        implemented.add(UNREADABLE);
        Set<String> listed = new TreeSet<>();
        catalogue.rules().forEach(r -> listed.add(r.id()));
        if (!implemented.equals(listed)) {
            throw new IllegalStateException("rule catalogue and checks disagree: catalogue " + listed
                    + ", implemented " + implemented);
        }
    }
}
