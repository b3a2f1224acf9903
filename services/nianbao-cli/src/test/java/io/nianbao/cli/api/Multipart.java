package io.nianbao.cli.api;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A strict reader of multipart/form-data bodies for tests (what a server does with our bodies). */
final class Multipart {

    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    private Multipart() {
    }

    /** Field name → value; for file parts also {@code <name>.filename} and {@code <name>.type}. ISO-8859-1 keeps bytes. */
    static Map<String, String> fields(String contentType, byte[] body) {
        String boundary = contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        if (!text.startsWith(delimiter + "\r\n") || !text.endsWith(delimiter + "--\r\n")) {
            throw new IllegalArgumentException("bad multipart framing");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String inner = text.substring(delimiter.length() + 2, text.length() - (delimiter + "--\r\n").length());
        int at = 0;
        while (at < inner.length()) {
            int headersEnd = inner.indexOf("\r\n\r\n", at);
            String headers = utf8(inner.substring(at, headersEnd));
            int next = inner.indexOf("\r\n" + delimiter, headersEnd + 4);
            String value = inner.substring(headersEnd + 4, next < 0 ? inner.length() - 2 : next);
            Matcher name = NAME.matcher(headers);
            if (!name.find()) {
                throw new IllegalArgumentException("part without a name: " + headers);
            }
            Matcher filename = FILENAME.matcher(headers);
            if (filename.find()) {
                fields.put(name.group(1) + ".filename", filename.group(1));
                fields.put(name.group(1), value);
            } else {
                fields.put(name.group(1), utf8(value));
            }
            at = next < 0 ? inner.length() : next + 2 + delimiter.length() + 2;
        }
        return fields;
    }

    private static String utf8(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
