package io.nianbao.cli.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nianbao.cli.api.ApiException;
import io.nianbao.cli.api.NianbaoClient;
import io.nianbao.cli.demo.DemoResult;
import io.nianbao.cli.demo.DemoRunner;
import io.nianbao.cli.demo.ParserAgencyNamer;
import io.nianbao.cli.demo.SampleEntry;
import io.nianbao.cli.demo.SampleIndex;
import io.nianbao.cli.stack.Credentials;
import io.nianbao.cli.stack.LocalStack;
import io.nianbao.cli.stack.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole pipeline as `nianbao demo` runs it: the dev stack and the four service jars as separate processes
 * on free ports, reports submitted over HTTP, verdicts polled. Needs the services built
 * ({@code services/<svc>/target/quarkus-app/quarkus-run.jar}); in a reactor build they are, because this
 * module declares them as test dependencies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineEndToEndIT {

    private static final Duration VERDICT_TIMEOUT = Duration.ofSeconds(180);
    private static final Progress LOG = message -> System.err.println("[e2e] " + message);

    private Path home;
    private Path workDir;
    private LocalStack stack;
    private NianbaoClient client;
    private DemoRunner runner;

    @BeforeAll
    void startStack() throws Exception {
        E2eStack e2e = E2eStack.start("e2e", LOG);
        home = e2e.home();
        workDir = e2e.workDir();
        stack = e2e.stack();
        client = stack.platformClient();
        runner = new DemoRunner(client, new ParserAgencyNamer(), LOG, Duration.ofMillis(500));
    }

    @AfterAll
    void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void bundledSamplesGetTheirExpectedVerdicts() throws Exception {
        SampleIndex index = SampleIndex.bundled();
        List<Path> files = index.extractTo(workDir.resolve("samples"));
        List<DemoResult> results = runner.run(files, VERDICT_TIMEOUT);

        Map<String, DemoResult> byFile = results.stream().collect(Collectors.toMap(DemoResult::file, Function.identity()));
        for (SampleEntry sample : index.entries()) {
            DemoResult result = byFile.get(sample.file());
            String context = sample.file() + " → " + result.status() + " " + result.errorRules() + " findings " + result.findings();
            assertEquals(sample.expectedStatus(), result.status(), context);
            assertEquals(Set.copyOf(sample.expectedErrorRules()), new HashSet<>(result.errorRules()), context);
        }
    }

    @Test
    void realSeedReportsGetTheVerdictsReviewersGave() throws Exception {
        Path seeds = home.resolveSibling("shared").resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "no real seed reports at " + seeds);
        List<Path> files;
        try (Stream<Path> list = Files.list(seeds)) {
            files = list.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        }
        List<DemoResult> results = runner.run(files, VERDICT_TIMEOUT);
        Map<String, DemoResult> byPrefix = results.stream()
                .collect(Collectors.toMap(r -> r.file().substring(0, 3), Function.identity()));

        for (String passing : List.of("000", "001", "002")) {
            DemoResult r = byPrefix.get(passing);
            assertEquals("PASSED", r.status(), passing + ": " + r.errorRules() + " " + r.findings());
        }
        DemoResult tables = byPrefix.get("003");
        assertEquals("FAILED", tables.status());
        assertTrue(tables.errorRules().containsAll(List.of("T3-ROW-TOTAL", "T3-RESULT-SUM")), tables.errorRules().toString());
        DemoResult dated = byPrefix.get("004");
        assertEquals("FAILED", dated.status());
        assertTrue(dated.errorRules().contains("PUBLISHED-BEFORE-PERIOD-END"), dated.errorRules().toString());
    }

    @Test
    void theSameBytesFromTheSameAgencyAreOneSubmission() throws Exception {
        String agencyId = "e2e-idem-" + UUID.randomUUID().toString().substring(0, 8);
        client.putAgency(agencyId, "青禾县自然资源局", "e2e@agencies.local");
        SampleIndex index = SampleIndex.bundled();
        byte[] report = index.read(index.entries().get(0));

        String fileName = "青禾县 2024年报告.txt";
        JsonNode first = client.submit(agencyId, fileName, report);
        JsonNode second = client.submit(agencyId, fileName, report);
        assertFalse(first.path("id").asText().isEmpty(), first.toString());
        assertEquals(first.path("id").asText(), second.path("id").asText());
        assertEquals(fileName, client.submission(first.path("id").asText()).path("fileName").asText(),
                "the multipart file name arrives as UTF-8");

        byte[] changed = (new String(report, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        JsonNode third = client.submit(agencyId, fileName, changed);
        assertNotEquals(first.path("id").asText(), third.path("id").asText());
    }

    @Test
    void unknownAgencyIsA4xxJsonError() {
        ApiException e = assertThrows(ApiException.class,
                () -> client.submit("e2e-nobody-" + UUID.randomUUID().toString().substring(0, 8), "a.txt",
                        "内容".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.status() == 404 || e.status() == 422, "status " + e.status());
        assertJsonError(e);
    }

    @Test
    void emptyFileIsA400JsonError() throws Exception {
        String agencyId = "e2e-empty-" + UUID.randomUUID().toString().substring(0, 8);
        client.putAgency(agencyId, "白水县教育局", null);
        ApiException e = assertThrows(ApiException.class, () -> client.submit(agencyId, "empty.txt", new byte[0]));
        assertEquals(400, e.status());
        assertJsonError(e);
    }

    @Test
    void errorBodiesAreJsonNotStackTraces() throws Exception {
        String platform = NianbaoClient.basicAuthorization(Credentials.PLATFORM,
                stack.credentials().platformPassword());
        HttpResponse<String> missing = get("/api/submissions/does-not-exist", platform);
        assertEquals(404, missing.statusCode());
        assertJsonErrorBody(missing);
        HttpResponse<String> anonymous = get("/api/submissions/does-not-exist", null);
        assertEquals(401, anonymous.statusCode(), "the API is closed without credentials");
        assertJsonErrorBody(anonymous);
        assertEquals(200, get("/q/health/ready", null).statusCode(), "health stays open");
    }

    @Test
    void anAgencyReadsItsOwnSubmissionWithTheKeyItWasGiven() throws Exception {
        String agencyId = "e2e-key-" + UUID.randomUUID().toString().substring(0, 8);
        String key = client.putAgency(agencyId, "青禾县自然资源局", null).path("apiKey").asText();
        assertTrue(key.startsWith("nbk_"), key);
        SampleIndex index = SampleIndex.bundled();
        NianbaoClient agency = NianbaoClient.create(stack.apiBase(), agencyId, key);
        String id = agency.submit(agencyId, "own.txt", index.read(index.entries().get(0))).path("id").asText();
        assertEquals(agencyId, agency.submission(id).path("agencyId").asText());
        ApiException foreign = assertThrows(ApiException.class,
                () -> agency.submit("e2e-someone-else", "x.txt", "内容".getBytes(StandardCharsets.UTF_8)));
        assertEquals(403, foreign.status());
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.apiBase() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertJsonErrorBody(HttpResponse<String> response) throws IOException {
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertTrue(body.hasNonNull("error") && body.hasNonNull("message"), response.body());
        assertFalse(response.body().contains("at io."), response.body());
    }

    private static void assertJsonError(ApiException e) {
        assertFalse(e.error() == null || e.error().startsWith("http-"), "no JSON error code: " + e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }
}
