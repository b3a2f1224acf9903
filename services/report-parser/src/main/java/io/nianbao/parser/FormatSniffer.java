package io.nianbao.parser;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides a file's format from its content first (magic bytes) and its extension second, so mislabelled files
 * are read as what they are. Returns one of txt, html, docx, doc, pdf, or a reason when it is not supported.
 */
final class FormatSniffer {

    /** The format to read, or the reason it cannot be read (exactly one is non-null). */
    record Verdict(String format, String reason) {
    }

    private FormatSniffer() {
    }

    static Verdict sniff(String fileName, byte[] bytes) {
        String ext = extension(fileName);
        if (startsWith(bytes, "%PDF")) {
            return ok("pdf");
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return ext.equals("xlsx") || ext.equals("pptx")
                    ? unsupported(ext) : ok("docx");
        }
        if ((bytes[0] & 0xFF) == 0xD0 && bytes.length > 8 && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0) {
            return ext.equals("xls") || ext.equals("ppt") || ext.equals("msg") ? unsupported(ext) : ok("doc");
        }
        if (startsWith(bytes, "{\\rtf")) {
            return bad("不支持 RTF 格式，请另存为 docx / RTF is not supported, save the file as .docx");
        }
        if (isImage(bytes)) {
            return bad("文件是图片，没有文本 / the file is an image without text");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        boolean markup = head.contains("<html") || head.contains("<!doctype html") || head.contains("<table")
                || head.contains("<body") || head.contains("<meta");
        switch (ext) {
            case "html", "htm", "shtml", "xhtml", "mht", "mhtml" -> {
                return ok("html");
            }
            case "txt", "text", "md", "markdown", "csv", "tsv", "" -> {
                return ok(markup ? "html" : "txt");
            }
            case "doc", "docx", "wps" -> {
                if (markup) {
                    return ok("html");
                }
                return bad("文件内容与扩展名 ." + ext + " 不符（不是 Word 文档）/ the file is not a Word document despite its ."
                        + ext + " extension");
            }
            case "pdf" -> {
                return bad("文件内容与扩展名 .pdf 不符（不是 PDF）/ the file is not a PDF despite its .pdf extension");
            }
            default -> {
                return unsupported(ext);
            }
        }
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isImage(byte[] b) {
        return startsWith(b, "\u0089PNG") || startsWith(b, "GIF8")
                || (b.length > 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8)
                || startsWith(b, "II*\u0000") || startsWith(b, "MM\u0000*");
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((bytes[i] & 0xFF) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static Verdict ok(String format) {
        return new Verdict(format, null);
    }

    private static Verdict bad(String reason) {
        return new Verdict(null, reason);
    }

    private static Verdict unsupported(String ext) {
        return bad("不支持的文件类型 ." + ext + " / unsupported file type ." + ext);
    }
}
