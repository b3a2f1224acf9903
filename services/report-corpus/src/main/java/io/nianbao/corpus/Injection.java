package io.nianbao.corpus;

import java.util.List;
import java.util.Set;

/**
 * An error put into a clean report on purpose, with the rule ids that must then be found — and only those
 * (report-rules catalogue). Each injector is built so that it breaks exactly one rule: e.g. T3-ROW-TOTAL moves
 * counts between rows of one column so that column sums and the balance still hold.
 */
public enum Injection {
    NONE(Set.of()),
    /** One applicant cell raised in newReceived, resultTotal and one result row (column equations still hold). */
    T3_ROW_TOTAL(Set.of("T3-ROW-TOTAL")),
    /** A result sub-row (and its 总计) raised while （七）总计 is not. */
    T3_RESULT_SUM(Set.of("T3-RESULT-SUM")),
    /** 结转下年度 (and its 总计) raised: rows add up, the 勾稽关系 does not. */
    T3_BALANCE(Set.of("T3-BALANCE")),
    /** One Table 4 result raised while its group's 总计 is not. */
    T4_SUM(Set.of("T4-SUM")),
    /** The 2019 trial format (alone or mixed with a 2021 Table 3). */
    TEMPLATE_OUTDATED(Set.of("TEMPLATE-OUTDATED")),
    /** Dated inside the reporting year (a 2023 report dated 2023年1月26日). */
    PUBLISHED_BEFORE_PERIOD_END(Set.of("PUBLISHED-BEFORE-PERIOD-END")),
    /** Dated after 31 January of the following year (warning). */
    PUBLISHED_LATE(Set.of("PUBLISHED-LATE")),
    /** Section 1, 5 or 6 left out (heading and text). */
    SECTION_MISSING(Set.of("SECTION-MISSING")),
    /** Table 2, 3 or 4 left out (heading kept). */
    TABLE_MISSING(Set.of("TABLE-MISSING")),
    /** One Table 3 or Table 4 cell left blank. */
    CELL_INVALID(Set.of("CELL-INVALID")),
    /** The narrative states a number of new applications the table does not have. */
    TEXT_TABLE_MISMATCH(Set.of("TEXT-TABLE-MISMATCH")),
    /** Section 1 leaves out one or two of its five topics (warning). */
    OVERVIEW_INCOMPLETE(Set.of("OVERVIEW-INCOMPLETE")),
    /** Section 5 or 6 says only 无 or a token sentence (warning). */
    SECTION_EMPTY(Set.of("SECTION-EMPTY")),
    /** The statistics period stated in section 1 is of another year. */
    YEAR_MISMATCH(Set.of("YEAR-MISMATCH"));

    private final Set<String> rules;

    Injection(Set<String> rules) {
        this.rules = rules;
    }

    /** The rule ids this injection must trigger (empty for a clean report). */
    public Set<String> expectedRules() {
        return rules;
    }

    /** Every injection except {@link #NONE}. */
    public static List<Injection> errors() {
        return List.of(values()).subList(1, values().length);
    }
}
