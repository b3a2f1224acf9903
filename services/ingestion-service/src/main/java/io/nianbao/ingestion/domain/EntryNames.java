package io.nianbao.ingestion.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What an entry's name says: is it a safe relative path, a report, an archive, something to skip. */
public final class EntryNames {

    /** Longest entry name kept; longer names are rejected (and shown shortened). */
    public static final int MAX_LENGTH = 500;

    /** File types the parser reads. */
    public static final Set<String> REPORT_EXTENSIONS = Set.of(
            "txt", "text", "md", "markdown", "html", "htm", "shtml", "xhtml", "docx", "doc", "wps", "pdf");
    static final Set<String> ARCHIVE_EXTENSIONS = Set.of(
            "zip", "rar", "7z", "tar", "gz", "tgz", "bz2", "tbz2", "xz", "txz", "zst", "lz", "lzma", "z", "cab",
            "iso", "jar", "arj");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private EntryNames() {
    }

    /** The name with {@code \} read as {@code /} (Windows tools write either). */
    public static String normalize(String name) {
        return name.replace('\\', '/');
    }

    /** The reason an entry is refused by its name alone, before its content is looked at, if any. */
    public static Optional<String> refusal(String rawName, boolean directory) {
        String name = normalize(rawName);
        if (name.indexOf('\0') >= 0 || name.startsWith("/") || DRIVE.matcher(name).matches()) {
            return Optional.of(Rejections.unsafePath());
        }
        String[] segments = name.split("/");
        for (String segment : segments) {
            if (segment.equals("..")) {
                return Optional.of(Rejections.unsafePath());
            }
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of(Rejections.nameTooLong(MAX_LENGTH));
        }
        if (segments.length > 0 && segments[0].equals("__MACOSX")) {
            return Optional.of(Rejections.macosMetadata());
        }
        for (String segment : segments) {
            if (segment.startsWith(".") && !segment.equals(".")) {
                return Optional.of(Rejections.hidden());
            }
        }
        if (directory) {
            return Optional.of(Rejections.directory());
        }
        String extension = extension(name);
        if (ARCHIVE_EXTENSIONS.contains(extension)) {
            return Optional.of(Rejections.nestedArchive());
        }
        if (!REPORT_EXTENSIONS.contains(extension)) {
            return Optional.of(Rejections.unsupportedType(extension));
        }
        return Optional.empty();
    }

    /** True for a folder name that is neither a path trick, hidden, nor macOS metadata. */
    static boolean isPlainFolder(String segment) {
        return !segment.isEmpty() && !segment.equals("..") && !segment.startsWith(".") && !segment.equals("__MACOSX")
                && !DRIVE.matcher(segment).matches() && segment.indexOf('\0') < 0;
    }

    /** The last path segment. */
    public static String baseName(String name) {
        String n = normalize(name);
        if (n.endsWith("/")) {
            n = n.substring(0, n.length() - 1);
        }
        return n.substring(n.lastIndexOf('/') + 1);
    }

    /** The lower-case extension of the last segment, without the dot; empty when there is none. */
    public static String extension(String name) {
        String base = baseName(name);
        int dot = base.lastIndexOf('.');
        return dot <= 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The name as stored and shown: at most {@link #MAX_LENGTH} characters. */
    public static String display(String name) {
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH) + "…";
    }

    /** The Content-Type recorded for a report file, by its extension. */
    public static String contentType(String name) {
        return switch (extension(name)) {
            case "txt", "text" -> "text/plain";
            case "md", "markdown" -> "text/markdown";
            case "html", "htm", "shtml", "xhtml" -> "text/html";
            case "pdf" -> "application/pdf";
            case "doc" -> "application/msword";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "wps" -> "application/vnd.ms-works";
            default -> "application/octet-stream";
        };
    }
}
