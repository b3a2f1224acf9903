package io.nianbao.validation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.MonthDay;
import java.util.Optional;

/** Settings of the validation service ({@code nianbao.validation.*}). */
@ConfigMapping(prefix = "nianbao.validation")
public interface ValidationConfig {

    /**
     * The province's deadline for agencies' reports, in the year after the reporting year, as {@code --MM-DD}
     * (the national one is 31 January; some provinces set e.g. {@code --01-26}).
     */
    @WithDefault("--01-31")
    MonthDay deadline();

    /**
     * The reporting year submissions are expected to cover (YEAR-MISMATCH), e.g. {@code 2025} during the
     * January 2026 round; unset, that rule is not assessable. Recorded with each report, so a later replay
     * judges it against the year that was expected when it was submitted.
     */
    Optional<Integer> expectedYear();
}
