package io.nianbao.rules;

import io.nianbao.model.Report;

/** One rule's check. Implementations record every item as pass, failure or not assessable on the run. */
interface Check {

    String ruleId();

    void run(Report report, ValidationContext context, RuleRun run);
}
