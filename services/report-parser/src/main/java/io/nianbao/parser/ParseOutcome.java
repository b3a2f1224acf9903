package io.nianbao.parser;

import io.nianbao.model.Report;

/**
 * The result of parsing one file: a report, or the human reason (中文 / English) why the file could not be read.
 */
public record ParseOutcome(Report report, String unreadableReason) {

    public boolean readable() {
        return report != null;
    }

    public static ParseOutcome unreadable(String reason) {
        return new ParseOutcome(null, reason);
    }

    public static ParseOutcome of(Report report) {
        return new ParseOutcome(report, null);
    }
}
