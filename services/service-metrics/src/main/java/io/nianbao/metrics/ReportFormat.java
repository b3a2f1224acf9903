package io.nianbao.metrics;

import java.util.Locale;
import java.util.Set;

/**
 * The {@code format} label of a report file: its extension when it is one the parser reads, {@code other} for
 * any other extension and {@code none} without one — a fixed set, so uploads cannot create new series.
 */
public final class ReportFormat {

    public static final Set<String> KNOWN = Set.of("txt", "html", "htm", "docx", "doc", "pdf");
    public static final String OTHER = "other";
    public static final String NONE = "none";

    private ReportFormat() {
    }

    public static String of(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return NONE;
        }
        String ext = fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
        return KNOWN.contains(ext) ? ext : OTHER;
    }
}
