package io.nianbao.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The outcome of one submitted file.
 *
 * @param file         the file name
 * @param submissionId the id the API gave the submission
 * @param agencyId     the agency it was submitted for
 * @param agency       the agency's name (as the pipeline read it from the report, else as registered)
 * @param status       the final status, PASSED or FAILED
 * @param findings     the finding objects exactly as the API returned them
 */
public record DemoResult(String file, String submissionId, String agencyId, String agency, String status,
                         List<JsonNode> findings) {

    public DemoResult {
        findings = List.copyOf(findings);
    }

    /** Rule ids of the error findings, in order, without repeats. */
    public List<String> errorRules() {
        return rules("error");
    }

    /** Rule ids of the warning findings, in order, without repeats. */
    public List<String> warningRules() {
        return rules("warning");
    }

    private List<String> rules(String severity) {
        Set<String> rules = new LinkedHashSet<>();
        for (JsonNode finding : findings) {
            if (finding.path("severity").asText("").toLowerCase(Locale.ROOT).equals(severity)) {
                rules.add(finding.path("rule").asText("?"));
            }
        }
        return new ArrayList<>(rules);
    }
}
