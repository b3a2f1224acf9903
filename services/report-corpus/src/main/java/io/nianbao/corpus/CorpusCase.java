package io.nianbao.corpus;

import io.nianbao.model.Report;

import java.util.Set;

/**
 * One generated report: its truth (the canonical report a perfect parser returns), the error injected into it,
 * the rule ids that must be found, and how it is dressed when rendered.
 *
 * @param id            stable id, e.g. {@code c0042-t3_row_total}
 * @param truth         the canonical report (source is null: it depends on the rendering)
 * @param injection     the error put in on purpose ({@link Injection#NONE} for a clean report)
 * @param expectedRules the rule ids that must be found (errors and warnings); empty for a clean report
 * @param variation     the rendering knobs
 */
public record CorpusCase(String id, Report truth, Injection injection, Set<String> expectedRules,
                         Variation variation) {

    public CorpusCase {
        expectedRules = expectedRules == null ? Set.of() : Set.copyOf(expectedRules);
    }
}
