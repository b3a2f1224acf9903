package io.nianbao.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One result of a rule (report-model §3). {@code expected}/{@code actual} are numbers or text, or null.
 * The fingerprint is a stable hash of rule + cells + values, so the same problem keeps its id across runs.
 */
public record Finding(String rule, Severity severity, String message, List<String> cells,
                      Object expected, Object actual, String fingerprint) {

    public Finding {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    public static Finding of(String rule, Severity severity, String message, List<String> cells,
                             Object expected, Object actual) {
        return new Finding(rule, severity, message, cells, expected, actual,
                fingerprint(rule, cells, expected, actual));
    }

    public static String fingerprint(String rule, List<String> cells, Object expected, Object actual) {
        String basis = rule + "|" + String.join(",", cells == null ? List.of() : cells)
                + "|" + Objects.toString(expected) + "|" + Objects.toString(actual);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
