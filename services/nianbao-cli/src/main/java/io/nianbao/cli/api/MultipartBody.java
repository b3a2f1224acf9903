package io.nianbao.cli.api;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A {@code multipart/form-data} request body (RFC 7578) for {@link java.net.http.HttpClient}, which has no
 * multipart support. Text fields are UTF-8; file names are sent as UTF-8 in a quoted {@code filename}
 * parameter, as browsers do. Parts are built in memory, except file parts added as a {@link Path}: those are
 * streamed from disk by {@link #publisher()}.
 */
public final class MultipartBody {

    private static final byte[] CRLF = {'\r', '\n'};

    private final String boundary;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    /** What comes before {@link #body}: bytes already written, and files, in order. */
    private final List<Object> segments = new ArrayList<>();

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

    /** Adds a file field whose content is read from {@code content} when the body is sent. */
    public MultipartBody file(String name, String fileName, String contentType, Path content) {
        startPart("form-data; name=\"" + quote(name) + "\"; filename=\"" + quote(fileName) + "\"", contentType);
        segments.add(body.toByteArray());
        segments.add(content);
        body.reset();
        write(CRLF);
        return this;
    }

    /** The body for {@link java.net.http.HttpClient}; file parts are streamed, not loaded. */
    public HttpRequest.BodyPublisher publisher() {
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        for (Object segment : segments) {
            if (segment instanceof Path path) {
                try {
                    parts.add(HttpRequest.BodyPublishers.ofFile(path));
                } catch (FileNotFoundException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                parts.add(HttpRequest.BodyPublishers.ofByteArray((byte[]) segment));
            }
        }
        parts.add(HttpRequest.BodyPublishers.ofByteArray(tail()));
        return HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new));
    }

    /** The finished body, closing delimiter included (file parts read into memory). */
    public byte[] bytes() {
        ByteArrayOutputStream copy = new ByteArrayOutputStream(body.size() + boundary.length() + 8);
        for (Object segment : segments) {
            try {
                copy.writeBytes(segment instanceof Path path ? Files.readAllBytes(path) : (byte[]) segment);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        copy.writeBytes(tail());
        return copy.toByteArray();
    }

    private byte[] tail() {
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
