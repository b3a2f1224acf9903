package io.nianbao.cli.api;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultipartBodyTest {

    @Test
    void buildsTextAndFilePartsWithCrlfAndClosingDelimiter() {
        MultipartBody body = new MultipartBody("XyZ")
                .text("agencyId", "qinghe-zrzy")
                .file("file", "a.txt", "text/plain", "年报".getBytes(StandardCharsets.UTF_8));
        String expected = "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"agencyId\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "\r\n"
                + "qinghe-zrzy\r\n"
                + "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n"
                + "\r\n"
                + "年报\r\n"
                + "--XyZ--\r\n";
        assertEquals(expected, new String(body.bytes(), StandardCharsets.UTF_8));
        assertEquals("multipart/form-data; boundary=XyZ", body.contentType());
    }

    @Test
    void keepsBinaryContentByteForByte() {
        byte[] content = new byte[256];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }
        byte[] bytes = new MultipartBody("b").file("file", "x.pdf", "application/pdf", content).bytes();
        byte[] head = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(content, Arrays.copyOfRange(bytes, head.length, head.length + content.length));
        assertEquals(head.length + content.length + "\r\n--b--\r\n".length(), bytes.length);
    }

    @Test
    void sendsChineseFileNamesAsUtf8AndEscapesQuotes() {
        String text = new String(new MultipartBody("b").file("file", "青禾县\"年报\".docx", "application/x", new byte[0]).bytes(),
                StandardCharsets.UTF_8);
        assertTrue(text.contains("filename=\"青禾县%22年报%22.docx\""), text);
    }

    @Test
    void aFilePartFromDiskIsStreamedWithTheSameBytesAsInMemory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        byte[] content = "批量报送".repeat(1000).getBytes(StandardCharsets.UTF_8);
        java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("b.zip"), content);
        MultipartBody fromDisk = new MultipartBody("B").text("agencyId", "x").file("file", "b.zip", "application/zip", file);
        MultipartBody inMemory = new MultipartBody("B").text("agencyId", "x").file("file", "b.zip", "application/zip", content);
        assertArrayEquals(inMemory.bytes(), fromDisk.bytes());
        assertEquals(inMemory.bytes().length, fromDisk.publisher().contentLength());
    }

    @Test
    void randomBoundariesDiffer() {
        assertTrue(!new MultipartBody().boundary().equals(new MultipartBody().boundary()));
    }

    @Test
    void mediaTypeFollowsTheExtension() {
        assertEquals("application/pdf", MediaTypes.forFileName("报告.PDF"));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaTypes.forFileName("a.docx"));
        assertEquals("text/plain", MediaTypes.forFileName("a.b.txt"));
        assertEquals("application/octet-stream", MediaTypes.forFileName("README"));
        assertEquals("application/octet-stream", MediaTypes.forFileName("x.zip"));
    }
}
