package io.nianbao.benchmark;

import io.nianbao.corpus.CommittedCorpus;
import io.nianbao.corpus.CorpusCase;
import io.nianbao.corpus.CorpusGenerator;
import io.nianbao.corpus.Injection;
import io.nianbao.corpus.Layout;
import io.nianbao.corpus.Renderer;
import io.nianbao.corpus.Rendering;
import io.nianbao.parser.ParseOutcome;
import io.nianbao.parser.ReportParser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Not a test: prints files per second and MB per second per format for the report parser alone, and for the same
 * files through Apache Tika's plain-text extraction, side by side. Files: {@code files} generated reports per
 * text/HTML/docx layout (report-corpus) plus the committed LibreOffice docx/doc/pdf files; each format is parsed
 * {@code rounds} times after one warm-up round. Tika is loaded from {@code -Dtika.lib} (see docs/parser-benchmark.md);
 * without it only the parser is measured.
 * <p>Arguments: {@code [rounds=5] [files=40]}.
 */
public final class ParserBenchmark {

    private ParserBenchmark() {
    }

    /** A throughput measurement. */
    record Result(int files, long bytes, double seconds, int failures) {
        double filesPerSecond() {
            return files / seconds;
        }

        double megabytesPerSecond() {
            return bytes / 1_000_000.0 / seconds;
        }
    }

    /** Work on one file; returns false when the file could not be handled. */
    @FunctionalInterface
    interface Work {
        boolean run(Rendering file) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int perLayout = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Map<String, List<Rendering>> corpus = corpus(perLayout);
        ReportParser parser = new ReportParser();
        Work ours = file -> {
            ParseOutcome o = parser.parse(file.fileName(), file.bytes());
            return o.readable();
        };
        Map<String, Result> parserResults = new LinkedHashMap<>();
        corpus.forEach((format, files) -> parserResults.put(format, measure(files, rounds, ours)));

        Map<String, Result> tikaResults = new LinkedHashMap<>();
        String lib = System.getProperty("tika.lib", "services/parser-benchmark/target/tika-lib");
        if (Files.isDirectory(Path.of(lib))) {
            try (TikaText tika = new TikaText(Path.of(lib))) {
                Work theirs = file -> !tika.text(file.fileName(), file.bytes()).isBlank();
                corpus.forEach((format, files) -> tikaResults.put(format, measure(files, rounds, theirs)));
            }
        } else {
            System.out.println("Tika not measured: no jars in " + lib
                    + " (run: ./mvnw -B -q -f services/parser-benchmark/tika/pom.xml dependency:copy-dependencies)");
        }
        print(corpus, parserResults, tikaResults, rounds);
    }

    private static Map<String, List<Rendering>> corpus(int perLayout) {
        Map<String, List<Rendering>> out = new LinkedHashMap<>();
        CorpusGenerator generator = new CorpusGenerator(777L);
        Renderer renderer = new Renderer();
        Injection[] injections = Injection.values();
        for (int i = 0; i < perLayout; i++) {
            CorpusCase c = generator.generate(i, injections[i % injections.length]);
            for (Layout layout : Layout.values()) {
                Rendering r = renderer.render(c, layout);
                out.computeIfAbsent(r.layout(), k -> new ArrayList<>()).add(r);
            }
        }
        for (CommittedCorpus.Entry e : CommittedCorpus.load()) {
            e.files().values().forEach(r -> out.computeIfAbsent(r.layout(), k -> new ArrayList<>()).add(r));
        }
        return out;
    }

    private static Result measure(List<Rendering> files, int rounds, Work work) {
        int failures = 0;
        for (Rendering f : files) {
            failures += tryRun(work, f) ? 0 : 1;
        }
        long bytes = 0;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (Rendering f : files) {
                tryRun(work, f);
                bytes += f.bytes().length;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(files.size() * rounds, bytes, seconds, failures);
    }

    private static boolean tryRun(Work work, Rendering f) {
        try {
            return work.run(f);
        } catch (Exception | LinkageError e) {
            return false;
        }
    }

    private static void print(Map<String, List<Rendering>> corpus, Map<String, Result> ours,
                              Map<String, Result> tika, int rounds) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%nParser benchmark, %s, %d cores, Java %s, %d rounds after one warm-up%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                rounds));
        b.append(String.format("%-18s %6s %9s | %12s %8s | %12s %8s | %7s%n", "format", "files", "avg KB",
                "parser f/s", "MB/s", "Tika f/s", "MB/s", "ratio"));
        for (Map.Entry<String, List<Rendering>> e : corpus.entrySet()) {
            List<Rendering> files = e.getValue();
            double avgKb = files.stream().mapToLong(f -> f.bytes().length).average().orElse(0) / 1024.0;
            Result o = ours.get(e.getKey());
            Result t = tika.get(e.getKey());
            b.append(String.format("%-18s %6d %9.1f | %12.1f %8.2f | %12s %8s | %7s%s%n", e.getKey(), files.size(),
                    avgKb, o.filesPerSecond(), o.megabytesPerSecond(),
                    t == null ? "-" : String.format("%.1f", t.filesPerSecond()),
                    t == null ? "-" : String.format("%.2f", t.megabytesPerSecond()),
                    t == null ? "-" : String.format("%.2fx", o.filesPerSecond() / t.filesPerSecond()),
                    failureNote(o, t)));
        }
        System.out.println(b);
    }

    private static String failureNote(Result ours, Result tika) {
        String note = "";
        if (ours.failures() > 0) {
            note += "  parser: " + ours.failures() + " unreadable";
        }
        if (tika != null && tika.failures() > 0) {
            note += "  Tika: " + tika.failures() + " failed/empty";
        }
        return note;
    }
}
