package io.nianbao.rules;

/**
 * The outcome of one rule on one report. {@link #NOT_ASSESSABLE} means the rule could not be checked (a table
 * missing, a blank cell, no context given): it is neither a pass nor a failure.
 */
public enum RuleStatus {
    PASS, FAIL, NOT_ASSESSABLE
}
