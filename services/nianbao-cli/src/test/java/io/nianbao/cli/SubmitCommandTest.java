package io.nianbao.cli;

import io.nianbao.cli.api.FakeBatchApi;
import io.nianbao.cli.demo.AgencyIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmitCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void optionsDefaultToTheLocalStackAndTheEnvironmentCanPointElsewhere() throws UsageException {
        SubmitCommand.Options defaults = SubmitCommand.parseOptions(List.of("reports"), Map.of());
        assertEquals(URI.create("http://localhost:8080"), defaults.api());
        assertEquals(Path.of("reports"), defaults.source());
        assertNull(defaults.agencyId());
        assertFalse(defaults.register() || defaults.json());
        assertEquals(URI.create("http://10.0.0.5:8080"), SubmitCommand.parseOptions(List.of("r.zip"),
                Map.of("NIANBAO_API", "http://10.0.0.5:8080")).api());
        SubmitCommand.Options all = SubmitCommand.parseOptions(List.of("r.zip", "--api=http://h:1", "--agency", "qh",
                "--json", "--timeout", "60"), Map.of());
        assertEquals("qh", all.agencyId());
        assertTrue(all.json());
        assertEquals(60, all.timeoutSeconds());
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        assertThrows(UsageException.class, () -> SubmitCommand.parseOptions(List.of(), Map.of()));
        assertThrows(UsageException.class, () -> SubmitCommand.parseOptions(List.of("a", "b"), Map.of()));
        assertThrows(UsageException.class, () -> SubmitCommand.parseOptions(List.of("a", "--api", "localhost"), Map.of()));
        UsageException both = assertThrows(UsageException.class,
                () -> SubmitCommand.parseOptions(List.of("a", "--agency", "x", "--register"), Map.of()));
        assertTrue(both.getMessage().contains("not both"));
    }

    @Test
    void aFolderIsZippedWithItsFilesFollowedUntilDoneAndSummarised() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "年报甲");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/fail.docx"), "年报乙");
        Files.writeString(dir.resolve("notes.xlsx"), "x");
        Files.writeString(dir.resolve(".DS_Store"), "mac");
        try (FakeBatchApi api = new FakeBatchApi(3)) {
            int code = run(api, dir.toString(), "--agency", "qinghe-zrzy");

            assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
            assertEquals(List.of("a.txt", "notes.xlsx", "sub/fail.docx"), api.uploadedEntries(), "hidden files left out");
            assertEquals("qinghe-zrzy", api.uploadedAgencyId());
            assertEquals(dir.getFileName() + ".zip", api.uploadedFileName());
            String table = out.toString(StandardCharsets.UTF_8);
            assertTrue(table.lines().anyMatch(l -> l.startsWith("a.txt") && l.contains("qinghe-zrzy") && l.contains("PASSED")), table);
            assertTrue(table.lines().anyMatch(l -> l.startsWith("sub/fail.docx") && l.contains("FAILED")
                    && l.contains("T3-ROW-TOTAL")), table);
            assertTrue(table.lines().anyMatch(l -> l.startsWith("notes.xlsx") && l.contains("REJECTED")
                    && l.contains("not a report file")), table);
            assertTrue(table.contains("3 files, 2 accepted, 1 rejected; 1 passed, 1 failed"), table);
            String progress = err.toString(StandardCharsets.UTF_8);
            assertTrue(progress.contains("0/2 verdicts") && progress.contains("2/2 verdicts"), progress);
            assertFalse(progress.contains("\r"), "plain lines when stderr is not a terminal");
        }
    }

    @Test
    void jsonPrintsTheBatchAsTheApiReturnsIt() throws Exception {
        Path zip = zip("r.zip", "a.txt");
        try (FakeBatchApi api = new FakeBatchApi(1)) {
            assertEquals(0, run(api, zip.toString(), "--json"));
            String json = out.toString(StandardCharsets.UTF_8);
            com.fasterxml.jackson.databind.JsonNode batch = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
            assertEquals("DONE", batch.path("status").asText());
            assertEquals("PASSED", batch.path("files").get(0).path("status").asText());
            assertEquals("r.zip", api.uploadedFileName());
            assertNull(api.uploadedAgencyId());
        }
    }

    @Test
    void registerRegistersTheAgenciesTheTitlesNameOnceAndLeavesKnownOnesAlone() throws Exception {
        Files.writeString(dir.resolve("1.txt"), "云溪县教育局2024年政府信息公开工作年度报告\n一、总体情况\n内容一");
        Files.writeString(dir.resolve("2.txt"), "云溪县教育局2024年政府信息公开工作年度报告\n一、总体情况\n内容二");
        Files.writeString(dir.resolve("3.txt"), "白水县民政局2024年政府信息公开工作年度报告\n一、总体情况\n内容三");
        String known = AgencyIds.fromAgencyName("白水县民政局");
        try (FakeBatchApi api = new FakeBatchApi(1)) {
            api.registered(known, "白水县民政局");
            assertEquals(0, run(api, dir.toString(), "--register"), err.toString(StandardCharsets.UTF_8));
            String id = AgencyIds.fromAgencyName("云溪县教育局");
            assertEquals(List.of(id), api.agencyPuts(), "one PUT for the new agency, none for the known one");
            assertEquals("云溪县教育局", api.agencies().get(id));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 newly registered, 1 already registered"));
        }
    }

    @Test
    void anUnreachableApiIsAClearMessageWithoutAStackTrace() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path zip = zip("r.zip", "a.txt");
        int code = new Main(console, List.of(new SubmitCommand(console, Map.of("NIANBAO_PASSWORD", "test"), false, Duration.ofMillis(10))))
                .run(List.of("submit", zip.toString(), "--api", "http://127.0.0.1:" + port));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code);
        assertTrue(message.contains("Cannot reach http://127.0.0.1:" + port), message);
        assertTrue(message.contains("Is the stack running?"), message);
        assertFalse(message.contains("\tat "), message);
    }

    @Test
    void aFileThatIsNotAZipIsRefusedBeforeAnythingIsSent() throws Exception {
        Path text = Files.writeString(dir.resolve("report.txt"), "年报");
        try (FakeBatchApi api = new FakeBatchApi(1)) {
            assertEquals(1, run(api, text.toString()));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("Not a zip file"));
            assertTrue(api.uploadedEntries().isEmpty());
        }
    }

    @Test
    void aBatchNotDoneInTimeExitsNonZeroAfterShowingWhereItIs() throws Exception {
        Path zip = zip("r.zip", "a.txt");
        try (FakeBatchApi api = new FakeBatchApi(Integer.MAX_VALUE)) {
            assertEquals(1, run(api, zip.toString(), "--timeout", "1"));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("not done after 1 s: 1 of 1 accepted files"));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("RECEIVED"));
        }
    }

    private int run(FakeBatchApi api, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("submit"));
        all.addAll(List.of(args));
        all.addAll(List.of("--api", api.base().toString()));
        return new Main(console, List.of(new SubmitCommand(console, Map.of("NIANBAO_PASSWORD", "test"), false, Duration.ofMillis(10)))).run(all);
    }

    private Path zip(String name, String... entries) throws Exception {
        Path zip = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String entry : entries) {
                z.putNextEntry(new ZipEntry(entry));
                z.write("年报".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return zip;
    }
}
