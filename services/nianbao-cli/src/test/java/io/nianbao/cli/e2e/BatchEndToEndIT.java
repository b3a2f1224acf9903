package io.nianbao.cli.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nianbao.cli.Console;
import io.nianbao.cli.Main;
import io.nianbao.cli.api.NianbaoClient;
import io.nianbao.cli.stack.LocalStack;
import io.nianbao.cli.stack.Progress;
import io.nianbao.corpus.CorpusCase;
import io.nianbao.corpus.CorpusGenerator;
import io.nianbao.corpus.Injection;
import io.nianbao.corpus.Layout;
import io.nianbao.corpus.Renderer;
import io.nianbao.corpus.Rendering;
import io.nianbao.corpus.Variation;
import io.nianbao.model.Severity;
import io.nianbao.rules.RuleDefinition;
import io.nianbao.rules.RuleEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6's done-when: a batch of 500 generated reports with a few hostile zip entries completes with every file
 * accounted for. The reports come from the corpus generator (known truth: clean, or one injected error) in every
 * text/HTML/docx layout; the zip goes through {@code nianbao submit --register} to the real stack (dev stack and
 * the four service jars as processes, like {@code nianbao demo}). Prints how long the batch took.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchEndToEndIT {

    private static final int REPORTS = 500;
    private static final long SEED = 20260120L;
    private static final String SCANNED_AGENCY = "e2e-batch-scanned";
    private static final Progress LOG = message -> System.err.println("[e2e-batch] " + message);

    /** Hostile or odd entries and the words their rejection reason must contain. */
    private static final Map<String, String> HOSTILE = Map.ofEntries(
            Map.entry("../escape.txt", "unsafe path"),
            Map.entry("/etc/absolute.txt", "unsafe path"),
            Map.entry("reports/nested.zip", "nested archive"),
            Map.entry("reports/bomb.txt", "zip bomb"),
            Map.entry("reports/empty.txt", "the file is empty"),
            Map.entry("reports/.DS_Store", "hidden file"),
            Map.entry("__MACOSX/reports/._c0000.txt", "macOS metadata"),
            Map.entry("reports/summary.xlsx", "unsupported type .xlsx"),
            Map.entry("reports/copy-of-the-first.txt", "the same bytes for the same agency"),
            Map.entry("reports/ghost.docx", "not in the zip"));

    private Path workDir;
    private LocalStack stack;
    private NianbaoClient client;

    @BeforeAll
    void startStack() throws Exception {
        E2eStack e2e = E2eStack.start("e2e-batch", LOG);
        workDir = e2e.workDir();
        stack = e2e.stack();
        client = stack.platformClient();
    }

    @AfterAll
    void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void fiveHundredGeneratedReportsWithHostileEntriesCompleteWithEveryFileAccountedFor() throws Exception {
        client.putAgency(SCANNED_AGENCY, "扫描件测试局", null);
        Map<String, CorpusCase> truth = new LinkedHashMap<>();
        Path zip = workDir.resolve("five-hundred.zip");
        writeZip(zip, truth);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(new Prefixed(System.err), true, StandardCharsets.UTF_8);
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), err);
        long started = System.nanoTime();
        Map<String, String> env = Map.of("NIANBAO_PASSWORD", stack.credentials().platformPassword());
        int code = new Main(console, Main.defaultCommands(console, env)).run(List.of("submit", zip.toString(),
                "--api", stack.apiBase().toString(), "--register", "--json", "--timeout", "900"));
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(0, code, "nianbao submit exits 0 once every file has a verdict or a rejection");

        JsonNode batch = new ObjectMapper().readTree(out.toByteArray());
        LOG.report(String.format("%d reports + %d other entries: batch %s DONE in %.1f s (%.1f reports/s), "
                        + "register + upload + every verdict", REPORTS, HOSTILE.size() + 1, batch.path("id").asText(),
                seconds, REPORTS / seconds));
        assertEquals(batch, client.batch(batch.path("id").asText()), "the API shows what submit printed");
        assertEquals("DONE", batch.path("status").asText());

        Map<String, JsonNode> files = new HashMap<>();
        batch.path("files").forEach(f -> assertFalse(files.containsKey(f.path("name").asText()),
                "listed twice: " + f) );
        batch.path("files").forEach(f -> files.put(f.path("name").asText(), f));
        JsonNode counts = batch.path("counts");
        int entries = REPORTS + HOSTILE.size() + 1; // + the scanned PDF; the manifest is not an entry
        assertEquals(entries, files.size(), "every entry is listed: " + new TreeSet<>(files.keySet()));
        assertEquals(entries, counts.path("entries").asInt());
        assertEquals(counts.path("entries").asInt(), counts.path("accepted").asInt() + counts.path("rejected").asInt());
        assertEquals(0, counts.path("received").asInt() + counts.path("parsed").asInt(), counts.toString());

        for (JsonNode f : files.values()) {
            String status = f.path("status").asText();
            if (f.path("submissionId").isTextual()) {
                assertTrue(Set.of("PASSED", "FAILED").contains(status), "an accepted file has a verdict: " + f);
            } else {
                assertEquals("REJECTED", status, f.toString());
                assertFalse(f.path("reason").asText("").isBlank(), "a rejection has a reason: " + f);
            }
        }
        HOSTILE.forEach((name, reason) -> {
            JsonNode f = files.get(name);
            assertNotNull(f, name + " is not listed");
            assertEquals("REJECTED", f.path("status").asText(), f.toString());
            assertTrue(f.path("reason").asText().contains(reason), name + ": " + f.path("reason").asText());
        });
        JsonNode scanned = files.get("reports/scanned.pdf");
        assertEquals(SCANNED_AGENCY, scanned.path("agencyId").asText(), "the manifest names its agency");
        assertEquals("FAILED", scanned.path("status").asText(), scanned.toString());
        assertEquals(List.of("UNREADABLE"), rules(scanned));
        assertEquals(1, counts.path("unreadable").asInt());

        Set<String> errors = errorRules();
        List<String> wrong = new ArrayList<>();
        int failing = 0;
        for (Map.Entry<String, CorpusCase> report : truth.entrySet()) {
            JsonNode f = files.get(report.getKey());
            Set<String> expectedErrors = report.getValue().expectedRules().stream().filter(errors::contains)
                    .collect(Collectors.toCollection(TreeSet::new));
            String expected = expectedErrors.isEmpty() ? "PASSED" : "FAILED";
            failing += expectedErrors.isEmpty() ? 0 : 1;
            if (!expected.equals(f.path("status").asText()) || !expectedErrors.equals(new TreeSet<>(rules(f)))) {
                wrong.add(report.getKey() + " (" + report.getValue().variation().tag() + "): expected " + expected + " "
                        + expectedErrors + ", got " + f);
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " reports without their true verdict, e.g.\n"
                + String.join("\n", wrong.subList(0, Math.min(10, wrong.size()))));
        assertEquals(REPORTS - failing, counts.path("passed").asInt());
        assertEquals(failing + 1, counts.path("failed").asInt(), "the injected errors and the scanned PDF");
    }

    /** The generated reports under reports/, hostile entries around them, and a manifest for the scanned PDF. */
    private static void writeZip(Path zip, Map<String, CorpusCase> truth) throws IOException {
        CorpusGenerator generator = new CorpusGenerator(SEED);
        Renderer renderer = new Renderer();
        Layout[] layouts = Layout.values();
        List<Injection> errors = Injection.errors();
        byte[] first = null;
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            add(out, "manifest.csv", ("file,agencyId\nreports/scanned.pdf," + SCANNED_AGENCY + "\nreports/ghost.docx,"
                    + SCANNED_AGENCY + "\n").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < REPORTS; i++) {
                Injection injection = i % 3 == 0 ? Injection.NONE : errors.get((i - i / 3 - 1) % errors.size());
                // Simplified text only: AGENCY-MISMATCH does not equate Traditional and Simplified names
                Variation variation = Variation.random(new Random(SEED + i), false);
                CorpusCase c = generator.generate(i, injection, variation);
                Rendering file = renderer.render(c, layouts[i % layouts.length]);
                String name = "reports/" + file.fileName();
                truth.put(name, c);
                add(out, name, file.bytes());
                if (first == null) {
                    first = file.bytes();
                }
            }
            add(out, "reports/scanned.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            add(out, "reports/copy-of-the-first.txt", first);
            add(out, "../escape.txt", "越界".getBytes(StandardCharsets.UTF_8));
            add(out, "/etc/absolute.txt", "绝对路径".getBytes(StandardCharsets.UTF_8));
            add(out, "reports/nested.zip", nestedZip(first));
            add(out, "reports/bomb.txt", new byte[40 * 1024 * 1024]);
            add(out, "reports/empty.txt", new byte[0]);
            add(out, "reports/.DS_Store", new byte[]{0, 0, 0, 1, 'B', 'u', 'd', '1'});
            add(out, "__MACOSX/reports/._c0000.txt", new byte[]{0, 5, 22, 7});
            add(out, "reports/summary.xlsx", "PK not really a sheet".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static byte[] nestedZip(byte[] report) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream inner = new ZipOutputStream(bytes)) {
            add(inner, "inner.txt", report);
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private static Set<String> errorRules() {
        return new RuleEngine().catalogue().stream().filter(r -> r.severity() == Severity.ERROR)
                .map(RuleDefinition::id).collect(Collectors.toSet());
    }

    private static List<String> rules(JsonNode file) {
        List<String> rules = new ArrayList<>();
        file.path("errorRules").forEach(r -> rules.add(r.asText()));
        return rules;
    }


    /** The command's progress lines, on the test's stderr with a prefix. */
    private static final class Prefixed extends OutputStream {

        private final PrintStream target;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Prefixed(PrintStream target) {
            this.target = target;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                target.println("[e2e-batch submit] " + line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }
}
