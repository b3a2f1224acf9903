package io.nianbao.ingestion;

import io.nianbao.devstack.DevStackResource;
import io.nianbao.devstack.KafkaTestClient;
import io.nianbao.events.EventCodec;
import io.nianbao.events.ParseStatus;
import io.nianbao.events.ReportParsed;
import io.nianbao.events.ReportValidated;
import io.nianbao.events.Topics;
import io.nianbao.model.Applications;
import io.nianbao.model.Finding;
import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;
import io.nianbao.model.Severity;
import io.nianbao.model.Tables;
import io.nianbao.model.Verdict;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The operator API behind the console, against the embedded Kafka and MongoDB. */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class OperatorApiTest {

    @BeforeEach
    void login() {
        TestCredentials.loginAsOperator();
    }

    private final KafkaTestClient kafka = new KafkaTestClient(DevStackResource.stack().kafkaBootstrap());

    @Test
    void theOperatorApiIsForOperatorsOnly() {
        given().auth().none().get("/api/operator/overview").then().statusCode(401);
        given().auth().preemptive().basic("platform", TestCredentials.PLATFORM_PASSWORD)
                .get("/api/operator/overview").then().statusCode(403).body("error", org.hamcrest.Matchers.equalTo("forbidden"));
        // the console's own calls get no Basic challenge, so the browser shows no password dialog
        given().auth().none().header("X-Requested-With", "XMLHttpRequest").get("/api/operator/overview")
                .then().statusCode(401).header("WWW-Authenticate", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void overviewNumbersChangeAfterASubmission() {
        JsonPath before = overview();
        long submissions = before.getLong("totals.submissions");
        long received = before.getLong("totals.RECEIVED");
        String agencyId = register("清河县自然资源局");
        submit(agencyId);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath after = overview();
            assertEquals(submissions + 1, after.getLong("totals.submissions"));
            assertEquals(received + 1, after.getLong("totals.RECEIVED"));
            assertEquals(submissions + 1, after.getLong("stages.find { it.id == 'intake' }.in"));
            // nothing consumes reports.submitted in this test: the record is the parsing stage's input and backlog
            long parsingIn = after.getLong("stages.find { it.id == 'parsing' }.in");
            assertTrue(parsingIn >= before.getLong("stages.find { it.id == 'parsing' }.in") + 1, "parsing in " + parsingIn);
            assertEquals(parsingIn, after.getLong("stages.find { it.id == 'parsing' }.backlog"));
            assertTrue(after.getDouble("stages.find { it.id == 'intake' }.ratePerMinute") > 0);
            assertTrue(after.getList("stages.find { it.id == 'intake' }.perMinute", Integer.class)
                    .stream().mapToInt(Integer::intValue).sum() >= 1);
        });
        JsonPath now = overview();
        assertTrue(now.getBoolean("kafka.available"));
        assertEquals("UP", now.getString("services.find { it.id == 'ingestion-service' }.status"));
        assertEquals("UNREACHABLE", now.getString("services.find { it.id == 'parsing-service' }.status"));
        assertEquals(List.of("intake", "parsing", "validation", "notification", "tracking"), now.getList("stages.id"));
    }

    @Test
    void aPoisonedRecordIsListedAndReplayedExactlyOnce() {
        String key = "poison-" + UUID.randomUUID();
        kafka.send(Topics.VALIDATED, key, "{ this is not a ReportValidated");
        String dlq = Topics.deadLetter(Topics.VALIDATED, "ingestion");

        Map<String, Object> record = await().atMost(Duration.ofSeconds(30)).until(() -> deadLetter(key), r -> r != null);
        assertEquals(dlq, record.get("topic"));
        assertEquals(Topics.VALIDATED, record.get("origin"));
        assertEquals("{ this is not a ReportValidated", record.get("value"));
        assertNotNull(record.get("reason"), "SmallRye's dead-letter-reason header is shown: " + record);
        assertEquals(null, record.get("replay"));
        assertEquals(dlq + "/" + record.get("partition") + "/" + record.get("offset"), record.get("id"));
        String path = "/api/operator/dead-letters/" + record.get("id") + "/replay";

        given().post(path).then().statusCode(200)
                .body("replay.target", equalTo(Topics.VALIDATED))
                .body("replay.targetOffset", notNullValue());
        given().post(path).then().statusCode(409)
                .body("error", equalTo("already-replayed"))
                .body("message", containsString("已于"));

        List<ConsumerRecord<String, String>> onTopic = kafka.findAll(Topics.VALIDATED, r -> key.equals(r.key()), 3,
                Duration.ofSeconds(5));
        assertEquals(2, onTopic.size(), "the original and exactly one replayed copy");
        assertEquals("{ this is not a ReportValidated", onTopic.get(1).value());
        assertNotNull(onTopic.get(1).headers().lastHeader("nianbao-replayed-from"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> listed = deadLetter(key, ((Number) record.get("offset")).longValue());
            assertNotNull(listed.get("replay"), "listed as replayed: " + listed);
        });
    }

    @Test
    void replayIsOnlyForDeadLetterTopicsAndExistingRecords() {
        given().post("/api/operator/dead-letters/reports.validated/0/0/replay").then().statusCode(400)
                .body("error", equalTo("not-a-dead-letter-topic"));
        given().post("/api/operator/dead-letters/reports.validated.ingestion.dlq/0/999999/replay").then().statusCode(404)
                .body("error", equalTo("unknown-dead-letter"));
    }

    @Test
    void agenciesNotYetSubmittedAndFailingAreListed() {
        String silent = register("白水县教育局");
        String failing = register("临川市市场监督管理局");
        String id = submit(failing);

        given().get("/api/operator/agencies?state=NOT_SUBMITTED").then().statusCode(200)
                .body("id", hasItem(silent)).body("id", not(hasItem(failing)));
        given().get("/api/operator/agencies").then().statusCode(200)
                .body("find { it.id == '" + failing + "' }.state", equalTo("PENDING"))
                .body("find { it.id == '" + failing + "' }.submissions", equalTo(1))
                .body("find { it.id == '" + failing + "' }.latest.id", equalTo(id));

        parsedAndValidated(id, failing, Verdict.FAILED);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/operator/agencies?state=FAILING").then().statusCode(200).body("id", hasItem(failing)));
        given().get("/api/operator/agencies?state=NOT_SUBMITTED").then().body("id", not(hasItem(failing)));
        given().get("/api/operator/agencies?state=NOPE").then().statusCode(400).body("error", equalTo("invalid-state"));
    }

    @Test
    void submissionsAreSearchedByRuleAndAgencyAndTheirTablesAreKept() {
        String agencyId = register("松林县住房和城乡建设局");
        String id = submit(agencyId);
        parsedAndValidated(id, agencyId, Verdict.FAILED);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/operator/submissions?rule=T3-ROW-TOTAL").then().statusCode(200).body("id", hasItem(id)));
        given().get("/api/operator/submissions?rule=T4-SUM").then().body("id", not(hasItem(id)));
        given().get("/api/operator/submissions?agency=住房和城乡").then().body("id", hasItem(id));
        given().get("/api/operator/submissions?agency=" + agencyId + "&status=FAILED").then().body("id", hasItem(id));
        given().get("/api/operator/submissions?agency=" + agencyId + "&status=PASSED").then().body("id", not(hasItem(id)));

        // reports.parsed and reports.validated are consumed independently: the tables may come after the verdict
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/operator/submissions/" + id + "/report").then().statusCode(200)
                        .body("submissionId", equalTo(id))
                        .body("applications.rows.granted", equalTo(List.of(1, 0, 0, 0, 0, 0, 2)))
                        .body("applications.rows['withheld.stateSecret']", equalTo(List.of(0, 0, 0, 0, 0, 0, 0)))
                        .body("reviewLitigation.review.total", equalTo(0)));
        String unparsed = submit(agencyId);
        given().get("/api/operator/submissions/" + unparsed + "/report").then().statusCode(404)
                .body("error", equalTo("no-report"));
    }

    @Test
    void theConsoleIsServedAndRevalidationNeedsTheValidationService() {
        given().redirects().follow(false).get("/console").then().statusCode(302)
                .header("Location", containsString("/console/"));
        given().get("/console/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("审查控制台"));
        given().get("/console/js/api.js").then().statusCode(200).body(containsString("Authorization"));
        given().contentType(ContentType.JSON).body("{\"agencyId\":\"x\"}").post("/api/operator/revalidations")
                .then().statusCode(502).body("error", equalTo("validation-unavailable"));
        given().post("/api/operator/revalidations").then().statusCode(502) // no body: every stored report
                .body("error", equalTo("validation-unavailable"));
    }

    private static JsonPath overview() {
        return given().get("/api/operator/overview").then().statusCode(200).extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deadLetter(String key) {
        List<Map<String, Object>> list = given().get("/api/operator/dead-letters?limit=200").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return list.stream().filter(r -> key.equals(r.get("key"))).reduce((a, b) -> b).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deadLetter(String key, long offset) {
        List<Map<String, Object>> list = given().get("/api/operator/dead-letters?limit=200").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return list.stream().filter(r -> key.equals(r.get("key")) && ((Number) r.get("offset")).longValue() == offset)
                .findFirst().orElseThrow();
    }

    private static String register(String name) {
        String agencyId = "op-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(Map.of("name", name)).put("/api/agencies/" + agencyId)
                .then().statusCode(200);
        return agencyId;
    }

    private static String submit(String agencyId) {
        return given().multiPart("agencyId", agencyId)
                .multiPart("file", "报告.txt", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/submissions").then().statusCode(202).extract().path("id");
    }

    private void parsedAndValidated(String id, String agencyId, Verdict verdict) {
        Instant t0 = Instant.now();
        Applications t3 = Applications.empty();
        for (String row : Applications.ROWS) {
            if (!row.equals("otherHandling")) {
                t3.row(row, 0, 0, 0, 0, 0, 0, 0);
            }
        }
        t3.row("granted", 1, 0, 0, 0, 0, 0, 2);
        ReviewLitigation t4 = ReviewLitigation.of(java.util.Collections.nCopies(15, 0));
        Report report = new Report(1, null, "松林县住房和城乡建设局", 2024, null, "2021", null,
                new Tables(null, t3, t4), null);
        kafka.send(Topics.PARSED, id, EventCodec.encode(new ReportParsed(id, agencyId, "x", "报告.txt", t0,
                ParseStatus.PARSED, report, null, t0.plusSeconds(1))));
        Finding finding = Finding.of("T3-ROW-TOTAL", Severity.ERROR, "表三“予以公开”行总计不等于各列之和",
                List.of("applications.granted.total", "applications.granted.naturalPerson"), 1, 2);
        kafka.send(Topics.VALIDATED, id, EventCodec.encode(new ReportValidated(id, agencyId, "报告.txt",
                "松林县住房和城乡建设局", 2024, verdict, List.of(finding), "test-1", t0.plusSeconds(2))));
    }
}
