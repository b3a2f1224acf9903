package io.nianbao.ingestion.domain;

import io.nianbao.web.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZipInspectorTest {

    private static final byte[] REPORT = "某县教育局2024年政府信息公开工作年度报告\n一、总体情况\n".getBytes(StandardCharsets.UTF_8);
    private static final ZipLimits LIMITS = new ZipLimits(50, 200_000, 1_000_000, 100);

    @TempDir
    Path dir;

    @Test
    void aReportIsHandedOverWithItsBytesAndDigestAndItsTemporaryFileIsRemovedAfterwards() throws Exception {
        List<Path> seen = new ArrayList<>();
        Map<String, ZipItem> items = inspect(new TestZip().add("reports/a.txt", REPORT).bytes(), LIMITS, item -> {
            assertArrayEquals(REPORT, read(item.file()));
            seen.add(item.file());
        });
        ZipItem item = items.get("reports/a.txt");
        assertTrue(item.accepted(), item.toString());
        assertEquals(REPORT.length, item.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(REPORT)), item.sha256());
        assertFalse(Files.exists(seen.get(0)), "the extracted file is deleted once handled");
    }

    @Test
    void pathTricksAreRejectedAsUnsafe() {
        Map<String, ZipItem> items = inspect(new TestZip()
                .add("../escape.txt", REPORT)
                .add("reports/../../escape2.txt", REPORT)
                .add("/etc/absolute.txt", REPORT)
                .add("C:\\Windows\\drive.txt", REPORT)
                .add("..\\backslash.txt", REPORT)
                .add("ok.txt", REPORT)
                .bytes(), LIMITS);
        for (String name : List.of("../escape.txt", "reports/../../escape2.txt", "/etc/absolute.txt",
                "C:/Windows/drive.txt", "../backslash.txt")) {
            assertRejected(items, name, "unsafe path");
        }
        assertTrue(items.get("ok.txt").accepted(), "the rest of the zip proceeds");
    }

    @Test
    void directoriesMacosMetadataAndDotfilesAreSkippedWithAReason() {
        Map<String, ZipItem> items = inspect(new TestZip()
                .directory("reports")
                .add("__MACOSX/reports/._a.txt", REPORT)
                .add(".DS_Store", new byte[]{1, 2, 3})
                .add("reports/.hidden.txt", REPORT)
                .add("reports/a.txt", REPORT)
                .bytes(), LIMITS);
        assertRejected(items, "reports/", "a directory");
        assertRejected(items, "__MACOSX/reports/._a.txt", "macOS metadata");
        assertRejected(items, ".DS_Store", "hidden file");
        assertRejected(items, "reports/.hidden.txt", "hidden file");
        assertTrue(items.get("reports/a.txt").accepted());
        assertEquals(5, items.size(), "every entry is accounted for");
    }

    @Test
    void nestedArchivesAreRejectedByNameAndByContent() {
        byte[] innerZip = new TestZip().add("inner.txt", REPORT).bytes();
        byte[] rar = "Rar!\u001a\u0007\u0000 rest".getBytes(StandardCharsets.ISO_8859_1);
        Map<String, ZipItem> items = inspect(new TestZip()
                .add("inner.zip", innerZip)
                .add("more.rar", rar)
                .add("more.7z", new byte[]{'7', 'z'})
                .add("logs.tar.gz", new byte[]{0x1f, (byte) 0x8b, 8})
                .add("disguised.pdf", rar)
                .add("disguised.txt", innerZip)
                .add("word.docx", innerZip)
                .bytes(), LIMITS);
        for (String name : List.of("inner.zip", "more.rar", "more.7z", "logs.tar.gz", "disguised.pdf", "disguised.txt")) {
            assertRejected(items, name, "nested archive");
        }
        assertTrue(items.get("word.docx").accepted(), "a .docx is a zip and is a report");
    }

    @Test
    void filesThatAreNotReportsAreRejectedWithTheirType() {
        Map<String, ZipItem> items = inspect(new TestZip()
                .add("sheet.xlsx", REPORT)
                .add("photo.JPG", REPORT)
                .add("README", REPORT)
                .add("empty.txt", new byte[0])
                .add("Report.PDF", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))
                .bytes(), LIMITS);
        assertRejected(items, "sheet.xlsx", "unsupported type .xlsx");
        assertRejected(items, "photo.JPG", "unsupported type .jpg");
        assertRejected(items, "README", "unsupported type");
        assertRejected(items, "empty.txt", "the file is empty");
        assertTrue(items.get("Report.PDF").accepted(), "extensions are case-insensitive");
    }

    @Test
    void aZipBombIsStoppedByItsCompressionRatioBeforeItIsDecompressed() {
        Map<String, ZipItem> items = inspect(new TestZip()
                .add("bomb.txt", new byte[150_000])
                .add("after.txt", REPORT)
                .bytes(), LIMITS);
        assertRejected(items, "bomb.txt", "zip bomb");
        assertTrue(items.get("after.txt").accepted());
    }

    @Test
    void anEntryLargerThanTheFileLimitIsRejectedWhetherItsSizeIsDeclaredOrNot() {
        byte[] big = random(200_001);
        Map<String, ZipItem> items = inspect(new TestZip()
                .stored("declared.txt", big)
                .add("streamed.txt", big)
                .add("limit.txt", random(200_000))
                .bytes(), LIMITS);
        assertRejected(items, "declared.txt", "larger than 200000 bytes");
        assertRejected(items, "streamed.txt", "larger than 200000 bytes");
        assertTrue(items.get("limit.txt").accepted(), "exactly the limit is allowed");
    }

    @Test
    void onceTheBatchDecompressedItsTotalTheRemainingEntriesAreRejected() {
        ZipLimits limits = new ZipLimits(50, 200_000, 450_000, 100);
        TestZip zip = new TestZip();
        for (int i = 0; i < 4; i++) {
            zip.add("r" + i + ".txt", random(150_000));
        }
        Map<String, ZipItem> items = inspect(zip.bytes(), limits);
        assertTrue(items.get("r0.txt").accepted());
        assertTrue(items.get("r1.txt").accepted());
        assertTrue(items.get("r2.txt").accepted());
        assertRejected(items, "r3.txt", "in total");
    }

    @Test
    void entriesSharingANameAreAllRejected() {
        byte[] zip = TestZip.renamed(new TestZip().add("aaa.txt", REPORT).add("bbb.txt", "其他内容").bytes(),
                "bbb.txt", "aaa.txt");
        List<ZipItem> items = new ArrayList<>();
        try (ZipContents contents = new ZipInspector(LIMITS).open(write(zip))) {
            contents.forEach(items::add);
        }
        assertEquals(2, items.size());
        for (ZipItem item : items) {
            assertFalse(item.accepted(), "zip readers disagree on which of the two they read");
            assertTrue(item.rejection().contains("duplicate entry name"), item.rejection());
        }
    }

    @Test
    void namesWrittenByWindowsOnAChineseSystemAreReadAsGb18030() {
        Map<String, ZipItem> items = inspect(new TestZip(Charset.forName("GBK"))
                .add("年报/清河县教育局.txt", REPORT).bytes(), LIMITS);
        assertTrue(items.get("年报/清河县教育局.txt").accepted(), items.keySet().toString());
    }

    @Test
    void aFileThatIsNotAZipIsRefusedAsAWhole() {
        ApiException notZip = assertThrows(ApiException.class,
                () -> new ZipInspector(LIMITS).open(write("这不是压缩包".getBytes(StandardCharsets.UTF_8))));
        assertEquals(400, notZip.status());
        assertEquals("not-a-zip", notZip.code());

        ApiException empty = assertThrows(ApiException.class,
                () -> new ZipInspector(LIMITS).open(write(new TestZip().bytes())));
        assertEquals("empty-zip", empty.code());
    }

    @Test
    void aDamagedEntryIsRejectedAndTheNextOneStillRead() {
        byte[] zip = new TestZip().add("damaged.txt", "年报".repeat(2000)).add("fine.txt", REPORT).bytes();
        int data = 30 + "damaged.txt".length(); // the first local header has no extra field
        for (int i = data; i < data + 40; i++) {
            zip[i] = (byte) 0xFF;
        }
        Map<String, ZipItem> items = inspect(zip, LIMITS);
        assertRejected(items, "damaged.txt", "cannot be decompressed");
        assertTrue(items.get("fine.txt").accepted());
    }

    @Test
    void aZipWithAPasswordIsRefusedWithThatReason() {
        // zip -P pw enc.zip secret.txt (Java cannot write encrypted entries)
        byte[] encrypted = java.util.Base64.getDecoder().decode("UEsDBAoACQAAAMQchF3RxeK0RwAAADsAAAAKABwAc2VjcmV0LnR4dFVU"
                + "CQADoDUSa6A1Emt1eAsAAQQAAAAABAAAAADrqvWmTkpiPLjdZfVbmwOMI/7lgg6WktL5MzggqeU1nLYtJLe+sEnSdw2qEi7nMYsuNd9z"
                + "V/gCKAyC6zO6VY6xKUUKlJke51BLBwjRxeK0RwAAADsAAABQSwECHgMKAAkAAADEHIRd0cXitEcAAAA7AAAACgAYAAAAAAABAAAApIEA"
                + "AAAAc2VjcmV0LnR4dFVUBQADoDUSa3V4CwABBAAAAAAEAAAAAFBLBQYAAAAAAQABAFAAAACbAAAAAAA=");
        ApiException e = assertThrows(ApiException.class, () -> new ZipInspector(LIMITS).open(write(encrypted)));
        assertEquals("unsupported-zip", e.code());
        assertTrue(e.getMessage().contains("without a password"), e.getMessage());
    }

    @Test
    void aZipListingTooManyEntriesIsRefusedBeforeAnythingIsRead() {
        TestZip zip = new TestZip();
        for (int i = 0; i <= LIMITS.maxEntries(); i++) {
            zip.add("r" + i + ".txt", "x");
        }
        ApiException e = assertThrows(ApiException.class, () -> new ZipInspector(LIMITS).open(write(zip.bytes())));
        assertEquals(413, e.status());
        assertEquals("too-many-entries", e.code());
    }

    @Test
    void theManifestIsFoundAtTheTopOrInTheSingleTopFolderAndIsNotAnEntry() {
        try (ZipContents top = new ZipInspector(LIMITS).open(write(new TestZip()
                .add("manifest.csv", "file,agencyId\na.txt,x\n").add("a.txt", REPORT).bytes()))) {
            assertEquals("manifest.csv", top.manifest().orElseThrow().name());
            assertEquals(List.of("a.txt"), top.names());
            List<String> handled = new ArrayList<>();
            top.forEach(item -> handled.add(item.name()));
            assertEquals(List.of("a.txt"), handled);
        }
        try (ZipContents folder = new ZipInspector(LIMITS).open(write(new TestZip()
                .add("reports/MANIFEST.csv", "file,agencyId\n").add("reports/a.txt", REPORT).bytes()))) {
            assertEquals("reports/MANIFEST.csv", folder.manifest().orElseThrow().name());
        }
        try (ZipContents none = new ZipInspector(LIMITS).open(write(new TestZip()
                .add("a/b/manifest.csv", "file,agencyId\n").add("a.txt", REPORT).bytes()))) {
            assertTrue(none.manifest().isEmpty(), "a manifest deeper down is just a file");
        }
    }

    private Map<String, ZipItem> inspect(byte[] zip, ZipLimits limits) {
        return inspect(zip, limits, item -> {
        });
    }

    private Map<String, ZipItem> inspect(byte[] zip, ZipLimits limits, java.util.function.Consumer<ZipItem> also) {
        Map<String, ZipItem> items = new LinkedHashMap<>();
        try (ZipContents contents = new ZipInspector(limits).open(write(zip))) {
            contents.forEach(item -> {
                if (item.accepted()) {
                    also.accept(item);
                }
                assertNull(items.put(item.name(), item), "each entry once: " + item.name());
            });
        }
        return items;
    }

    private static void assertRejected(Map<String, ZipItem> items, String name, String reason) {
        ZipItem item = items.get(name);
        assertTrue(item != null, name + " is missing from " + items.keySet());
        assertFalse(item.accepted(), name + " was accepted");
        assertTrue(item.rejection().contains(reason), name + ": " + item.rejection());
    }

    private Path write(byte[] bytes) {
        try {
            return Files.write(Files.createTempFile(dir, "batch", ".zip"), bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
