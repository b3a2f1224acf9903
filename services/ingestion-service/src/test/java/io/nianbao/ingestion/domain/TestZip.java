package io.nianbao.ingestion.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zip files for tests, hostile ones included (any entry name, stored or deflated, any name charset). */
public final class TestZip {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipOutputStream zip;

    public TestZip() {
        this(StandardCharsets.UTF_8);
    }

    /** Entry names written in {@code charset} (without the UTF-8 flag unless it is UTF-8). */
    public TestZip(Charset charset) {
        zip = new ZipOutputStream(bytes, charset);
    }

    public TestZip add(String name, byte[] content) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestZip add(String name, String content) {
        return add(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** An entry stored without compression. */
    public TestZip stored(String name, byte[] content) {
        try {
            ZipEntry entry = new ZipEntry(name);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestZip directory(String name) {
        return add(name.endsWith("/") ? name : name + "/", new byte[0]);
    }

    public byte[] bytes() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The zip's bytes with every occurrence of one entry name replaced by another of the same length: gives
     * a zip with two entries of one name, which ZipOutputStream refuses to write.
     */
    public static byte[] renamed(byte[] zip, String from, String to) {
        if (from.length() != to.length()) {
            throw new IllegalArgumentException("names must have the same length");
        }
        String text = new String(zip, StandardCharsets.ISO_8859_1).replace(from, to);
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
