package io.nianbao.cli.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A {@code multipart/form-data} request body (RFC 7578) built in memory for {@link java.net.http.HttpClient},
 * which has no multipart support. Text fields are UTF-8; file names are sent as UTF-8 in a quoted
 * {@code filename} parameter, as browsers do.
 */
public final class MultipartBody {

    private static final byte[] CRLF = {'\r', '\n'};

    private final String boundary;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public MultipartBody() {
        this("nianbao-" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** Uses a fixed boundary (tests); it must not occur in any part. */
    public MultipartBody(String boundary) {
        if (boundary.isEmpty() || boundary.length() > 70) {
            throw new IllegalArgumentException("a boundary has 1 to 70 characters");
        }
        this.boundary = boundary;
    }

    /** Adds a text field. */
    public MultipartBody text(String name, String value) {
        startPart("form-data; name=\"" + quote(name) + "\"", "text/plain; charset=UTF-8");
        write(value.getBytes(StandardCharsets.UTF_8));
        write(CRLF);
        return this;
    }

    /** Adds a file field. */
    public MultipartBody file(String name, String fileName, String contentType, byte[] content) {
        startPart("form-data; name=\"" + quote(name) + "\"; filename=\"" + quote(fileName) + "\"", contentType);
        write(content);
        write(CRLF);
        return this;
    }

    /** The finished body, closing delimiter included. */
    public byte[] bytes() {
        ByteArrayOutputStream copy = new ByteArrayOutputStream(body.size() + boundary.length() + 8);
        copy.writeBytes(body.toByteArray());
        copy.writeBytes(("--" + boundary + "--").getBytes(StandardCharsets.US_ASCII));
        copy.writeBytes(CRLF);
        return copy.toByteArray();
    }

    /** The request's Content-Type header value. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public String boundary() {
        return boundary;
    }

    private void startPart(String disposition, String contentType) {
        write(("--" + boundary).getBytes(StandardCharsets.US_ASCII));
        write(CRLF);
        write(("Content-Disposition: " + disposition).getBytes(StandardCharsets.UTF_8));
        write(CRLF);
        write(("Content-Type: " + contentType).getBytes(StandardCharsets.UTF_8));
        write(CRLF);
        write(CRLF);
    }

    private void write(byte[] bytes) {
        body.writeBytes(bytes);
    }

    /** Escapes a quoted header parameter the way browsers do (RFC 7578 §4.2, HTML form encoding). */
    static String quote(String value) {
        return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
