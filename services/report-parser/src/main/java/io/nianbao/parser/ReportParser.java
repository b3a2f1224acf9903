package io.nianbao.parser;

import io.nianbao.model.Report;
import io.nianbao.model.Section;
import io.nianbao.model.Source;
import io.nianbao.parser.extract.Normalizer;
import io.nianbao.parser.extract.ReportExtractor;
import io.nianbao.parser.read.DocReader;
import io.nianbao.parser.read.DocxReader;
import io.nianbao.parser.read.FormatReader;
import io.nianbao.parser.read.HtmlReader;
import io.nianbao.parser.read.Intermediate;
import io.nianbao.parser.read.PdfReader;
import io.nianbao.parser.read.TextReader;
import io.nianbao.parser.read.UnreadableException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads an annual report file (txt/md, html, docx, doc, pdf with a text layer) into the canonical model.
 * {@link #parse} never throws and returns within the time limit: a file that cannot be read gives
 * {@link ParseOutcome#unreadable} with a short Chinese + English reason. Thread-safe.
 */
public final class ReportParser {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "report-parser-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /** Provenance keys every report has (where agency, year and date were found, or why not): no evidence. */
    private static final Set<String> HEADER_KEYS = Set.of("agency", "agency.printed", "year", "publishedOn");

    private final ParserLimits limits;
    private final ReportExtractor extractor = new ReportExtractor();
    private final Map<String, FormatReader> readers = Map.of(
            "txt", new TextReader(),
            "html", new HtmlReader(),
            "docx", new DocxReader(),
            "doc", new DocReader(),
            "pdf", new PdfReader());

    /** A parser with the default limits (20 MB, 30 s per file). */
    public ReportParser() {
        this(ParserLimits.DEFAULT);
    }

    public ReportParser(ParserLimits limits) {
        this.limits = limits;
    }

    /** Parses one file; never throws, never hangs. */
    public ParseOutcome parse(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return ParseOutcome.unreadable("文件为空 / the file is empty");
        }
        if (bytes.length > limits.maxBytes()) {
            return ParseOutcome.unreadable("文件过大（超过 " + limits.maxBytes() / (1024 * 1024) + " MB）/ the file is too large");
        }
        Future<ParseOutcome> future;
        try {
            future = WORKERS.submit(() -> parseNow(fileName, bytes));
        } catch (RuntimeException e) {
            return ParseOutcome.unreadable("解析器繁忙 / the parser could not start: " + e.getClass().getSimpleName());
        }
        try {
            return future.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return ParseOutcome.unreadable("解析超时（超过 " + limits.timeout().toSeconds() + " 秒）/ parsing timed out");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return ParseOutcome.unreadable("解析被中断 / parsing was interrupted");
        } catch (ExecutionException e) {
            return ParseOutcome.unreadable("文件无法解析 / the file could not be parsed ("
                    + e.getCause().getClass().getSimpleName() + ")");
        }
    }

    private ParseOutcome parseNow(String fileName, byte[] bytes) {
        try {
            FormatSniffer.Verdict verdict = FormatSniffer.sniff(fileName, bytes);
            if (verdict.reason() != null) {
                return ParseOutcome.unreadable(verdict.reason());
            }
            Intermediate doc = readers.get(verdict.format()).read(bytes);
            if (doc.textLength() == 0) {
                return ParseOutcome.unreadable(emptyReason(verdict.format()));
            }
            if (doc.rows().stream().noneMatch(r -> Normalizer.hasCjk(r.text()))) {
                return ParseOutcome.unreadable("未识别到中文文本（编码错误或不是年度报告）/ no Chinese text found "
                        + "(wrong encoding or not an annual report)");
            }
            Source source = new Source(fileName, verdict.format(), doc.encoding(), sha256(bytes));
            Report report = extractor.extract(doc, source);
            if (!looksLikeReport(report)) {
                return ParseOutcome.unreadable("未识别到年度报告的章节或表格数字（不是政府信息公开工作年度报告）/ "
                        + "no section heading and no table number of an annual report found");
            }
            return ParseOutcome.of(report);
        } catch (UnreadableException e) {
            return ParseOutcome.unreadable(e.getMessage());
        } catch (OutOfMemoryError e) {
            return ParseOutcome.unreadable("文件过于复杂，内存不足 / the file needs too much memory");
        } catch (StackOverflowError e) {
            return ParseOutcome.unreadable("文件结构过深 / the file is nested too deeply");
        } catch (RuntimeException e) {
            return ParseOutcome.unreadable("文件已损坏或格式异常 / the file is damaged or malformed ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * A document with Chinese text but neither one of the six section headings nor a single number in Tables
     * 2-4 is something else (a memo, a list, a spreadsheet export): judging it would only list every part as
     * missing.
     */
    private static boolean looksLikeReport(Report report) {
        return report.provenance().keySet().stream().anyMatch(k -> !HEADER_KEYS.contains(k))
                || report.sections().stream().anyMatch(Section::present);
    }

    private static String emptyReason(String format) {
        return "pdf".equals(format)
                ? "PDF 无文本层（扫描件）/ scanned PDF without a text layer"
                : "文件没有文字内容 / the document contains no text";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
