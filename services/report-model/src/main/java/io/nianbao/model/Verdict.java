package io.nianbao.model;

import java.util.List;

/** The outcome for one report: FAILED when any finding is an error, PASSED otherwise. */
public enum Verdict {
    PASSED, FAILED;

    public static Verdict of(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError) ? FAILED : PASSED;
    }
}
