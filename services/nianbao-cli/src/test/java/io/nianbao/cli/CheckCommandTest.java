package io.nianbao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nianbao.cli.demo.SampleEntry;
import io.nianbao.cli.demo.SampleIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code nianbao check} and {@code nianbao parse}: offline verdicts equal to the pipeline's, in text and JSON. */
class CheckCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path samples;
    private static List<Path> files;
    private static final Map<String, SampleEntry> EXPECTED = new HashMap<>();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @BeforeAll
    static void extractSamples() throws IOException {
        files = SampleIndex.bundled().extractTo(samples);
        SampleIndex.bundled().entries().forEach(e -> EXPECTED.put(e.file(), e));
    }

    private int run(String... args) {
        return new Main(console, Main.defaultCommands(console, Map.of())).run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path sample(String prefix) {
        return files.stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void jsonGivesEverySampleTheVerdictAndErrorRulesThePipelineGives() throws IOException {
        assertEquals(1, run("check", "--json", samples.toString()), "some samples fail, so the exit code is 1");
        JsonNode array = JSON.readTree(out());
        assertEquals(EXPECTED.size(), array.size());
        for (JsonNode item : array) {
            String name = Path.of(item.path("file").asText()).getFileName().toString();
            SampleEntry expected = EXPECTED.get(name);
            assertEquals(expected.expectedStatus(), item.path("status").asText(), name);
            Set<String> errorRules = new LinkedHashSet<>();
            item.path("findings").forEach(f -> {
                if (f.path("severity").asText().equals("error")) {
                    errorRules.add(f.path("rule").asText());
                }
            });
            assertEquals(Set.copyOf(expected.expectedErrorRules()), errorRules, name);
            if (expected.expectedErrorRules().contains("UNREADABLE")) {
                assertTrue(item.path("report").isNull(), name);
            } else {
                assertEquals(1, item.path("report").path("schemaVersion").asInt(), name);
                assertTrue(item.path("report").path("provenance").size() > 100, name + " provenance");
            }
        }
    }

    @Test
    void textShowsTheTableAndEachFindingMessage() {
        Path failing = sample("02-");
        Path passing = sample("01-");
        assertEquals(1, run("check", failing.toString(), passing.toString()));
        String text = out();
        assertTrue(text.contains("临川市市场监督管理局"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith(failing.toString()) && l.contains("FAILED")
                && l.contains("T3-ROW-TOTAL")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith(passing.toString()) && l.contains("PASSED")), text);
        assertTrue(text.contains("✗ T3-ROW-TOTAL  表三「"), text);
        assertTrue(text.contains("2 reports: 1 passed, 1 failed"), text);
    }

    @Test
    void exitCodeIsZeroWhenEveryReportPasses() {
        assertEquals(0, run("check", sample("01-").toString(), sample("03-").toString()));
    }

    @Test
    void registeredAgencyAndExpectedYearAreChecked() throws IOException {
        assertEquals(1, run("check", "--json", "--agency", "白水县教育局", "--year", "2023", sample("01-").toString()));
        List<String> rules = new ArrayList<>();
        JSON.readTree(out()).get(0).path("findings").forEach(f -> rules.add(f.path("rule").asText()));
        assertTrue(rules.contains("AGENCY-MISMATCH"), rules.toString());
        assertTrue(rules.contains("YEAR-MISMATCH"), rules.toString());
    }

    @Test
    void statisticsPeriodOfAnotherYearInThePreambleIsAYearMismatch(@TempDir Path dir) throws IOException {
        String text = Files.readString(sample("01-"));
        String wrong = text.replace("统计期限为2024年1月1日至2024年12月31日", "统计期限为2023年1月1日至2023年12月31日");
        assertTrue(!wrong.equals(text), "sample 01 states its statistics period before section 1");
        Path file = dir.resolve("wrong-period.txt");
        Files.writeString(file, wrong);
        assertEquals(1, run("check", "--json", file.toString()));
        JsonNode item = JSON.readTree(out()).get(0);
        assertEquals(List.of("YEAR-MISMATCH"), JSON.convertValue(item.path("errorRules"), List.class));
        assertTrue(item.path("report").path("preamble").asText().contains("统计期限为2023年"));
    }

    @Test
    void copiedNarrativeBetweenFilesOfOneRunIsFound(@TempDir Path dir) throws IOException {
        Path original = sample("01-");
        Path copy = dir.resolve("copy.txt");
        Files.writeString(copy, Files.readString(original).replace("青禾县自然资源局", "青禾县林业局"));
        run("check", "--json", original.toString(), copy.toString());
        JsonNode array = JSON.readTree(out());
        for (JsonNode item : array) {
            List<String> rules = new ArrayList<>();
            item.path("findings").forEach(f -> rules.add(f.path("rule").asText()));
            assertTrue(rules.contains("DUPLICATE-CONTENT"), item.path("file") + " " + rules);
        }
    }

    @Test
    void wrongUsageExitsWithTwoAndAClearMessage() {
        assertEquals(2, run("check"));
        assertEquals(2, run("check", "/no/such/report.docx"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("No such file or folder: /no/such/report.docx"));
        assertEquals(2, run("check", "--deadline", "31-01", sample("01-").toString()));
    }

    @Test
    void parsePrintsTheCanonicalReport() throws IOException {
        assertEquals(0, run("parse", sample("04-").toString()));
        JsonNode report = JSON.readTree(out());
        assertEquals(1, report.path("schemaVersion").asInt());
        assertEquals("docx", report.path("source").path("format").asText());
        assertEquals("松林市住房和城乡建设局", report.path("agency").asText());
        assertEquals(2024, report.path("year").asInt());
        assertEquals(6, report.path("sections").size());
        assertEquals(7, report.path("tables").path("applications").path("rows").path("newReceived").size());
        assertTrue(report.path("provenance").has("applications.newReceived.total"));
    }

    @Test
    void parseOfAnUnreadableFileExitsWithOneAndTheReason() {
        assertEquals(1, run("parse", sample("06-").toString()));
        assertEquals("", out());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unreadable — PDF"), err.toString());
    }
}
