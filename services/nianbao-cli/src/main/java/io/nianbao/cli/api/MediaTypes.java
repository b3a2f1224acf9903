package io.nianbao.cli.api;

import java.util.Locale;
import java.util.Map;

/** The Content-Type sent for a report file, chosen by its extension. */
public final class MediaTypes {

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "txt", "text/plain",
            "md", "text/markdown",
            "html", "text/html",
            "htm", "text/html",
            "pdf", "application/pdf",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "wps", "application/vnd.ms-works");

    private MediaTypes() {
    }

    /** E.g. {@code application/pdf} for {@code 年报.PDF}; {@code application/octet-stream} when unknown. */
    public static String forFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return "application/octet-stream";
        }
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }
}
