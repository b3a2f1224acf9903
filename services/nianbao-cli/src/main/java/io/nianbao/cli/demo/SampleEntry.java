package io.nianbao.cli.demo;

import java.util.List;

/**
 * One bundled sample report and the verdict the pipeline must reach for it.
 *
 * @param file               file name under {@code samples/} in the jar
 * @param expectedStatus     PASSED or FAILED
 * @param expectedErrorRules the rule ids of the error findings, exactly (empty for a clean report)
 * @param description        what the sample shows
 */
public record SampleEntry(String file, String expectedStatus, List<String> expectedErrorRules, String description) {

    public SampleEntry {
        expectedErrorRules = List.copyOf(expectedErrorRules);
    }
}
