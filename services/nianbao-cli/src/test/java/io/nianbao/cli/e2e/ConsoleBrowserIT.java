package io.nianbao.cli.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nianbao.cli.Console;
import io.nianbao.cli.Main;
import io.nianbao.cli.api.NianbaoClient;
import io.nianbao.cli.demo.AgencyIds;
import io.nianbao.cli.demo.SampleEntry;
import io.nianbao.cli.demo.SampleIndex;
import io.nianbao.cli.e2e.browser.HeadlessChromium;
import io.nianbao.cli.stack.Credentials;
import io.nianbao.cli.stack.LocalStack;
import io.nianbao.cli.stack.Progress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What issue 6 asks of the console, in a real browser: the stack on free ports (as `nianbao demo` starts it),
 * the console opened in Debian's headless Chromium and logged in as the operator, a folder of the bundled samples
 * (and the real seed reports beside the checkout, when present) sent with {@code nianbao submit DIR --register}
 * as one batch watched to its end in 批次, and then what the console shows is asserted — each file with its
 * verdict in 报送, the failing cells highlighted in a failed report's Table 3, the counts in 总览, the agencies
 * that have not submitted, a dead letter replayed once, re-validation. Screenshots of every
 * view go to {@code target/console-screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserIT {

    private static final Duration VERDICT_TIMEOUT = Duration.ofSeconds(150);
    private static final Duration VIEW_TIMEOUT = Duration.ofSeconds(30);
    private static final Progress LOG = message -> System.err.println("[console-it] " + message);
    private static final Map<String, String> LABEL = Map.of("PASSED", "通过", "FAILED", "未通过");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path home;
    private Path workDir;
    private Path screenshots;
    private LocalStack stack;
    private NianbaoClient client;
    private HeadlessChromium browser;
    private final List<Path> taken = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        Path chromium = HeadlessChromium.find().orElse(null);
        if (chromium == null) {
            fail("Chromium is not installed: ConsoleBrowserIT drives Debian's headless Chromium (/usr/bin/chromium)."
                    + " Install it with `apt-get install -y chromium chromium-driver` (.ci/run does), or point"
                    + " NIANBAO_CHROMIUM at a Chromium/Chrome executable.");
        }
        E2eStack e2e = E2eStack.start("console-it", LOG);
        home = e2e.home();
        workDir = e2e.workDir();
        stack = e2e.stack();
        screenshots = home.resolve("services/nianbao-cli/target/console-screenshots");
        E2eStack.deleteRecursively(screenshots);
        client = stack.platformClient();
        browser = HeadlessChromium.start(chromium, workDir.resolve("chromium"), 1440, 900);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            try {
                shot("zz-last-page");
            } catch (IOException | RuntimeException e) {
                LOG.report("no final screenshot: " + e.getMessage());
            }
            if (!browser.errors().isEmpty()) {
                LOG.report("the page reported: " + browser.errors());
            }
            browser.close();
        }
        if (stack != null) {
            stack.close();
        }
        taken.forEach(p -> System.out.println("[console-it] screenshot " + p));
    }

    @Test
    void aNewUserSubmitsTheSamplesAndWatchesThemReachTheirVerdictsInTheConsole() throws Exception {
        // 1. the console opens (/console redirects to /console/) on its login; a wrong password is refused,
        //    the operator's gets in, on an empty overview
        browser.navigate(stack.apiBase() + "/console");
        awaitView("login");
        assertTrue(browser.text("location.pathname").endsWith("/console/"), browser.text("location.href"));
        shot("00-login");
        logIn("operator", "wrong-password");
        browser.waitFor("document.querySelector('#login-status').textContent === '用户名或密码错误'", VIEW_TIMEOUT);
        logIn("operator", stack.credentials().operatorPassword());
        awaitView("overview");
        assertEquals("总览", browser.text("document.querySelector('main h1').textContent"));
        browser.waitFor("document.querySelector('[data-total=submissions] .total-value')?.textContent === '0'", VIEW_TIMEOUT);
        shot("01-overview-empty");
        browser.evaluate("location.hash = '#/batches'");
        awaitView("batches");
        browser.waitFor("document.querySelector('#batch-list')?.textContent.includes('暂无批次')", VIEW_TIMEOUT);
        shot("01b-batches-empty");

        // 2. a folder with the bundled samples and the real seeds (when the checkout has them) goes in as one
        //    batch through `nianbao submit DIR --register`, as a new user does; the unreadable PDF has no title to
        //    recognise, so manifest.csv names its agency
        Path folder = workDir.resolve("to-submit");
        SampleIndex index = SampleIndex.bundled();
        List<Path> files = new ArrayList<>(index.extractTo(folder));
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, Set<String>> expectedRules = new LinkedHashMap<>();
        for (SampleEntry sample : index.entries()) {
            expected.put(sample.file(), sample.expectedStatus());
            expectedRules.put(sample.file(), Set.copyOf(sample.expectedErrorRules()));
        }
        for (Path seed : seeds()) {
            String name = seed.getFileName().toString();
            expected.put(name, List.of("000", "001", "002").contains(name.substring(0, 3)) ? "PASSED" : "FAILED");
            files.add(Files.copy(seed, folder.resolve(name)));
        }
        String unreadableAgency = "ci-unreadable-" + UUID.randomUUID().toString().substring(0, 6);
        client.putAgency(unreadableAgency, "玉屏县文化和旅游局", null);
        Files.writeString(folder.resolve("manifest.csv"),
                "file,agencyId\n06-yuping-wenlv-truncated.pdf," + unreadableAgency + "\n", StandardCharsets.UTF_8);
        String silentAgency = "ci-silent-" + UUID.randomUUID().toString().substring(0, 6);
        client.putAgency(silentAgency, "未报送测试局", null);
        // the platform knows one agency's contact already (its notice is checked below); --register leaves a
        // registered agency as it is and registers the others without contacts
        client.putAgency(AgencyIds.fromAgencyName("临川市市场监督管理局"), "临川市市场监督管理局", "office@linchuan.example");

        ByteArrayOutputStream submitOut = new ByteArrayOutputStream();
        Console submitConsole = new Console(new PrintStream(submitOut, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
        Map<String, String> env = Map.of("NIANBAO_PASSWORD", stack.credentials().platformPassword());
        CompletableFuture<Integer> submit = CompletableFuture.supplyAsync(() ->
                new Main(submitConsole, Main.defaultCommands(submitConsole, env)).run(List.of("submit",
                        folder.toString(), "--api", stack.apiBase().toString(), "--register", "--json",
                        "--timeout", Long.toString(VERDICT_TIMEOUT.toSeconds()))));

        // 批次: the batch appears while it runs and is watched to the end in the page
        browser.evaluate("location.hash = '#/batches'");
        awaitView("batches");
        browser.waitFor("document.querySelectorAll('#batch-list tr[data-batch-id]').length === 1", VERDICT_TIMEOUT);
        browser.waitFor("document.querySelector('#batch-list tr[data-batch-id]').dataset.status === 'DONE'",
                VERDICT_TIMEOUT);
        assertEquals(0, submit.get(VERDICT_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "nianbao submit exits 0");
        JsonNode batch = JSON.readTree(submitOut.toByteArray());
        Map<String, String> idByFile = new LinkedHashMap<>();
        batch.path("files").forEach(f -> idByFile.put(Path.of(f.path("name").asText()).getFileName().toString(),
                f.path("submissionId").asText()));
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(idByFile.keySet()), "every file of the folder");
        assertEquals(files.size(), batch.path("counts").path("accepted").asInt(), batch.toString());
        String total = Integer.toString(files.size());
        assertEquals(total + " / " + total + "（100%）",
                browser.text("document.querySelector('#batch-list tr[data-batch-id] .progress-text').textContent"));
        assertEquals("已完成", browser.text("document.querySelector('#batch-list tr[data-batch-id] .badge').textContent"));
        shot("02-batch-done");
        browser.evaluate("document.querySelector('#batch-list tr[data-batch-id]').click()");
        awaitView("batch");
        browser.waitFor("document.querySelectorAll('.batch-files tr[data-file]').length === " + files.size(), VIEW_TIMEOUT);
        assertTrue(browser.text("document.querySelector('.batch-files tr[data-file=\"06-yuping-wenlv-truncated.pdf\"]')"
                + ".textContent").contains("UNREADABLE"));
        shot("02b-batch-detail");

        // 3. 报送: every file reaches its verdict in the list (it refreshes itself)
        browser.evaluate("location.hash = '#/submissions'");
        awaitView("submissions");
        browser.waitUntil("[...document.querySelectorAll('#submission-list tr[data-file]')]"
                        + ".filter(r => r.dataset.status === 'PASSED' || r.dataset.status === 'FAILED').length",
                n -> n.asInt() == files.size(), VERDICT_TIMEOUT);
        JsonNode rows = browser.evaluate("[...document.querySelectorAll('#submission-list tr[data-file]')].map(r => ({"
                + "file: r.dataset.file, status: r.dataset.status, rules: r.dataset.errorRules,"
                + "badge: r.querySelector('.status-cell .badge').textContent}))");
        Map<String, JsonNode> shown = new LinkedHashMap<>();
        rows.forEach(r -> shown.put(r.path("file").asText(), r));
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(shown.keySet()), "every submitted file is listed");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            JsonNode row = shown.get(e.getKey());
            assertEquals(e.getValue(), row.path("status").asText(), e.getKey() + ": " + row);
            assertEquals(LABEL.get(e.getValue()), row.path("badge").asText(), e.getKey() + ": " + row);
            if (expectedRules.containsKey(e.getKey())) {
                Set<String> rules = row.path("rules").asText().isEmpty() ? Set.of()
                        : Set.of(row.path("rules").asText().split(","));
                assertEquals(expectedRules.get(e.getKey()), rules, e.getKey() + ": " + row);
            }
        }
        shot("02-submissions");

        // the search by rule narrows the list to the files failing that rule
        browser.evaluate("location.hash = '#/submissions?rule=T3-ROW-TOTAL'");
        awaitView("submissions");
        browser.waitFor("document.querySelectorAll('#submission-list tr[data-file]').length > 0", VIEW_TIMEOUT);
        JsonNode narrowed = browser.evaluate("[...document.querySelectorAll('#submission-list tr[data-file]')].map(r => r.dataset.file)");
        narrowed.forEach(f -> assertTrue(shown.get(f.asText()).path("rules").asText().contains("T3-ROW-TOTAL"), f.asText()));
        assertTrue(narrowed.toString().contains("02-linchuan-scjg-gb18030.txt"), narrowed.toString());

        // 4. the failing sample's detail: Table 3 with exactly the cells its findings name highlighted
        String failing = "02-linchuan-scjg-gb18030.txt";
        browser.evaluate("document.querySelector('#submission-list tr[data-file=\"" + failing + "\"]').click()");
        awaitView("submission");
        browser.waitFor("document.querySelectorAll('table.t3 td[data-path]').length === 7 * 25", VIEW_TIMEOUT);
        JsonNode submission = client.submission(idByFile.get(failing));
        Set<String> named = new TreeSet<>();
        submission.path("findings").forEach(f -> f.path("cells").forEach(c -> {
            if (c.asText().startsWith("applications.") || c.asText().startsWith("reviewLitigation.")) {
                named.add(c.asText());
            }
        }));
        assertFalse(named.isEmpty(), "the T3-ROW-TOTAL findings name cells: " + submission.path("findings"));
        Set<String> highlighted = new TreeSet<>();
        browser.evaluate("[...document.querySelectorAll('td.hl')].map(td => td.dataset.path)")
                .forEach(p -> highlighted.add(p.asText()));
        assertEquals(named, highlighted, "highlighted cells = the cells the findings name");
        assertTrue(browser.evaluate("document.querySelectorAll('td.hl-error.hl-primary').length").asInt() >= 1);
        assertTrue(browser.text("document.querySelector('.findings').textContent").contains("T3-ROW-TOTAL"));
        assertEquals("未通过", browser.text("document.querySelector('.detail-head h1 .badge').textContent"));
        // its correction notice is delivered by e-mail (GreenMail), and the console shows the delivery state
        browser.waitFor("[...document.querySelectorAll('tr[data-delivery]')].some(r => r.dataset.delivery === 'DELIVERED')",
                Duration.ofSeconds(60));
        assertTrue(browser.text("document.querySelector('table.notices').textContent").contains("已送达"));
        shot("03-submission-failed-cells");

        // the unreadable sample says so instead of drawing tables
        browser.evaluate("location.hash = '#/submission/" + idByFile.get("06-yuping-wenlv-truncated.pdf") + "'");
        awaitView("submission");
        browser.waitFor("document.querySelector('[data-tables=none]')?.textContent.includes('无法读取')", VIEW_TIMEOUT);
        assertTrue(browser.text("document.querySelector('.findings').textContent").contains("UNREADABLE"));
        shot("04-submission-unreadable");

        // 5. 总览: the counts match the verdicts, nothing is left in a backlog, every service is up
        long passed = expected.values().stream().filter("PASSED"::equals).count();
        long failed = expected.size() - passed;
        browser.evaluate("location.hash = '#/overview'");
        awaitView("overview");
        browser.waitFor("document.querySelector('[data-total=PASSED] .total-value')?.textContent === '" + passed + "'"
                + " && document.querySelector('[data-total=FAILED] .total-value')?.textContent === '" + failed + "'"
                + " && document.querySelector('[data-total=submissions] .total-value')?.textContent === '" + expected.size() + "'"
                + " && document.querySelectorAll('tr[data-health=UP]').length === 4", VIEW_TIMEOUT);
        browser.waitFor("['parsing', 'validation'].every(s => document.querySelector('[data-stage=' + s + '] [data-figure=backlog] dd')"
                + "?.textContent === '0')", VIEW_TIMEOUT);
        assertEquals(String.valueOf(expected.size()),
                browser.text("document.querySelector('[data-stage=parsing] [data-figure=in] dd').textContent"));
        assertEquals(String.valueOf(expected.size()),
                browser.text("document.querySelector('[data-stage=validation] [data-figure=out] dd').textContent"));
        assertEquals("1", browser.text("document.querySelector('[data-total=unreadable] .total-value').textContent"));
        shot("05-overview");

        // 6. 机构: the agency that never submitted, and one failing agency per failed file
        browser.evaluate("location.hash = '#/agencies?state=NOT_SUBMITTED'");
        awaitView("agencies");
        browser.waitFor("!!document.querySelector('tr[data-agency-id=\"" + silentAgency + "\"]')", VIEW_TIMEOUT);
        assertEquals(String.valueOf(failed), browser.text("document.querySelector('#agency-tabs [data-state=FAILING]').dataset.count"));
        assertEquals("1", browser.text("document.querySelector('#agency-tabs [data-state=NOT_SUBMITTED]').dataset.count"));
        shot("06-agencies-not-submitted");

        // 7. 死信: a poisoned record shows up with its reason; 重放 publishes it once, a second try is refused
        String poisonKey = "poison-" + UUID.randomUUID().toString().substring(0, 8);
        produce("notices.sent", poisonKey, "{\"submissionId\": ");
        browser.evaluate("location.hash = '#/dead-letters'");
        awaitView("dead-letters");
        String row = "document.querySelector('tr[data-key=\"" + poisonKey + "\"]')";
        browser.waitFor("!!" + row, Duration.ofSeconds(45)); // the view refreshes every 10 s
        assertEquals("notices.sent.ingestion.dlq", browser.text(row + ".dataset.topic"));
        browser.evaluate(row + ".querySelector('button[data-replay]').click()");
        browser.waitFor(row + ".querySelector('.replay-result').textContent.includes('已重放到 notices.sent')", VIEW_TIMEOUT);
        String id = browser.text(row + ".dataset.deadLetter");
        HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.apiBase()
                + "/api/operator/dead-letters/" + id + "/replay")).POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", NianbaoClient.basicAuthorization(Credentials.OPERATOR,
                        stack.credentials().operatorPassword())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("already-replayed", JSON.readTree(again.body()).path("error").asText());
        shot("07-dead-letters");

        // 8. 复核: re-validate one stored report and follow the run to DONE
        browser.evaluate("location.hash = '#/revalidate?submission=" + idByFile.get("01-qinghe-zrzy.txt") + "'");
        awaitView("revalidate");
        browser.evaluate("document.querySelector('#revalidate-form button[type=submit]').click()");
        browser.waitFor("document.querySelector('#revalidate-runs tr[data-run]')?.dataset.status === 'DONE'", VIEW_TIMEOUT);
        assertEquals("1", browser.text("document.querySelector('#revalidate-runs tr[data-run] td:nth-child(5)').textContent"));
        shot("08-revalidate");

        // 9. an unknown batch says so
        browser.evaluate("location.hash = '#/batch/nope'");
        awaitView("batch");
        browser.waitFor("document.querySelector('main').textContent.includes('没有这个批次')", VIEW_TIMEOUT);
    }

    private void logIn(String user, String password) {
        browser.evaluate("(() => { document.querySelector('#login-user').value = " + jsString(user) + ";"
                + " document.querySelector('#login-password').value = " + jsString(password) + ";"
                + " document.querySelector('#login-submit').click(); return true; })()");
    }

    private static String jsString(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private void awaitView(String view) throws InterruptedException {
        browser.waitFor("document.querySelector('#main')?.dataset.view === '" + view + "'"
                + " && document.querySelector('#main').dataset.ready === 'true'", VIEW_TIMEOUT);
    }

    private void shot(String name) throws IOException {
        Path file = screenshots.resolve(name + ".png");
        browser.screenshot(file);
        taken.add(file);
        System.out.println("[console-it] screenshot " + file);
    }

    private List<Path> seeds() throws IOException {
        Path seeds = home.resolveSibling("shared").resolve("seeds");
        if (!Files.isDirectory(seeds)) {
            LOG.report("no seed reports at " + seeds + "; only the bundled samples are submitted");
            return List.of();
        }
        try (Stream<Path> list = Files.list(seeds)) {
            return list.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    private void produce(String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.devStack().kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }
}
