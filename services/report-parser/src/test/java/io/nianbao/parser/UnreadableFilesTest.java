package io.nianbao.parser;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that cannot be read give a reason, never an exception. */
class UnreadableFilesTest {

    private final ReportParser parser = new ReportParser();

    private String reason(String name, byte[] bytes) {
        ParseOutcome outcome = parser.parse(name, bytes);
        assertFalse(outcome.readable(), "should be unreadable: " + name);
        assertNull(outcome.report());
        assertTrue(outcome.unreadableReason() != null && !outcome.unreadableReason().isBlank());
        return outcome.unreadableReason();
    }

    @Test
    void emptyAndNullFiles() {
        assertTrue(reason("a.txt", new byte[0]).contains("文件为空"));
        assertTrue(reason("a.txt", null).contains("empty"));
    }

    @Test
    void tooLargeFileIsRejectedBeforeParsing() {
        ReportParser small = new ReportParser(new ParserLimits(1024, Duration.ofSeconds(30)));
        ParseOutcome outcome = small.parse("big.txt", new byte[4096]);
        assertFalse(outcome.readable());
        assertTrue(outcome.unreadableReason().contains("文件过大"));
    }

    @Test
    void unsupportedType() {
        byte[] xls = Arrays.copyOf(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                0x1A, (byte) 0xE1}, 512);
        assertEquals("不支持的文件类型 .xls / unsupported file type .xls", reason("report.xls", xls));
        assertTrue(reason("scan.zip", "abc".getBytes(StandardCharsets.UTF_8)).contains(".zip"));
    }

    @Test
    void scannedPdfWithoutTextLayer() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.addRect(50, 50, 400, 600);
                content.fill();
            }
            doc.save(out);
        }
        assertEquals("PDF 无文本层（扫描件）/ scanned PDF without a text layer", reason("scan.pdf", out.toByteArray()));
    }

    @Test
    void encryptedPdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
        }
        assertTrue(reason("locked.pdf", out.toByteArray()).contains("加密"));
    }

    @Test
    void corruptPdfAndDocx() {
        byte[] pdf = Arrays.copyOf("%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII), 300);
        assertTrue(reason("broken.pdf", pdf).contains("损坏"));
        byte[] docx = Arrays.copyOf(new byte[]{'P', 'K', 3, 4}, 200);
        new Random(7).nextBytes(docx);
        docx[0] = 'P';
        docx[1] = 'K';
        docx[2] = 3;
        docx[3] = 4;
        assertTrue(reason("broken.docx", docx).contains("损坏"));
        byte[] truncated = Arrays.copyOf(Fixtures.bytes("merged-2021.docx"), 3000);
        assertTrue(reason("truncated.docx", truncated).contains("损坏"));
    }

    @Test
    void encryptedDocx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(Fixtures.bytes("merged-2021.docx"));
            }
            fs.writeFilesystem(out);
        }
        assertTrue(reason("locked.docx", out.toByteArray()).contains("加密"));
    }

    @Test
    void mislabelledFiles() {
        byte[] text = Fixtures.bytes("tab-layout-2021.txt");
        assertTrue(reason("report.pdf", text).contains("不是 PDF"));
        assertTrue(reason("report.docx", text).contains("不是 Word"));
        byte[] jpeg = Arrays.copyOf(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 100);
        assertTrue(reason("report.pdf", jpeg).contains("图片"));
        byte[] binary = new byte[2000];
        new Random(3).nextBytes(binary);
        binary[0] = 1;
        assertTrue(reason("report.txt", binary).contains("binary"));
    }

    @Test
    void textWithoutChineseIsNotAReport() {
        assertTrue(reason("a.txt", "just some english words\nand more".getBytes(StandardCharsets.UTF_8))
                .contains("中文"));
    }

    @Test
    void chineseTextWithoutSectionsOrTableNumbersIsNotAReport() {
        String memo = "关于做好年度报告报送工作的通知\n各单位：请于1月31日前报送本单位年度报告。\n联系人：张三\n";
        assertTrue(reason("memo.txt", memo.getBytes(StandardCharsets.UTF_8)).contains("未识别到年度报告"));
    }

    @Test
    void mislabelledButValidFormatsAreReadByContent() {
        ParseOutcome pdfAsDoc = parser.parse("report.doc", Fixtures.bytes("merged-2021.pdf"));
        assertTrue(pdfAsDoc.readable());
        assertEquals("pdf", pdfAsDoc.report().source().format());
        ParseOutcome docxAsDoc = parser.parse("report.doc", Fixtures.bytes("merged-2021.docx"));
        assertTrue(docxAsDoc.readable());
        assertEquals("docx", docxAsDoc.report().source().format());
    }
}
