package io.nianbao.validation;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.nianbao.devstack.DevStackResource;
import io.nianbao.devstack.KafkaTestClient;
import io.nianbao.events.EventCodec;
import io.nianbao.events.ParseStatus;
import io.nianbao.events.ReportParsed;
import io.nianbao.events.ReportValidated;
import io.nianbao.events.Topics;
import io.nianbao.model.Finding;
import io.nianbao.model.Report;
import io.nianbao.model.ReportJson;
import io.nianbao.model.Section;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DUPLICATE-CONTENT against stored reports, operator replays, stored results and the catalogue endpoint. */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class ReplayAndDuplicateTest {

    @BeforeEach
    void loginAsOperator() {
        // the %test profile's operator (application.properties): every /api/* call needs a login
        RestAssured.authentication = RestAssured.preemptive().basic("operator", "operator-test");
    }

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String LINCHUAN = "临川市市场监督管理局";
    private static final String QINGHE = "青禾县市场监督管理局";

    private static final String BAISHI = "白石县市场监督管理局";

    /** Narratives long enough (≥ 150 letters) to be fingerprinted; written for these tests, one per test. */
    private static final String COPIED_PROBLEMS = "一是政策解读形式仍较单一，图表、视频等解读方式运用不多，"
            + "解读内容与群众关切的结合不够紧密；二是基层政务公开工作人员调整频繁，业务能力有待提升，"
            + "部分栏目更新不够及时；三是依申请公开答复的规范化程度仍需加强，答复文书的说理性不足。"
            + "下一步，我局将围绕群众关心关注的热点问题，丰富图解、问答、短视频等解读形式，"
            + "定期组织政务公开业务培训，完善栏目内容保障机制，规范依申请公开办理流程，"
            + "切实提升政务公开工作质量和实效，更好地服务经济社会发展大局。";
    private static final String REPLAYED_PROBLEMS = "本年度政务公开工作仍存在一些短板：重点领域信息公开的深度不够，"
            + "涉企政策的发布与解读衔接不紧；政务新媒体互动回应不够及时，留言办理质量参差不齐；"
            + "公开工作考核评议机制还不健全，督促落实力度有待加强。针对上述问题，我局将梳理涉企政策清单，"
            + "同步做好政策发布和解读，建立新媒体留言限时办理制度，定期通报办理情况，"
            + "并将政务公开纳入年度绩效考核，压实各科室公开责任，推动政务公开工作提质增效。";
    private static final String OTHER_PROBLEMS = "本年度工作中发现的问题主要集中在网站栏目建设方面，栏目分类不够科学，"
            + "检索功能较弱，群众查找信息不便；公开目录编制滞后于机构职能调整，部分事项归类不准确。"
            + "今后将对照最新标准目录逐项梳理，优化网站栏目设置，增强站内检索能力，"
            + "建立目录动态调整机制，并加强与上级部门的沟通衔接，确保公开内容准确完整、便于查阅利用。";

    @Inject
    MongoDatabase database;

    private final KafkaTestClient kafka = new KafkaTestClient(DevStackResource.stack().kafkaBootstrap());

    @Test
    void aNarrativeCopiedFromAnotherAgencysReportIsFlaggedNamingThatReport() throws IOException {
        String sharedText = COPIED_PROBLEMS;
        ReportParsed original = parsed("agency-lc-" + UUID.randomUUID(), LINCHUAN,
                withProblems(report(LINCHUAN), sharedText));
        ReportValidated first = validate(original);
        assertTrue(rules(first).stream().noneMatch("DUPLICATE-CONTENT"::equals), first.findings().toString());

        ReportParsed copy = parsed("agency-qh-" + UUID.randomUUID(), QINGHE,
                withProblems(report(QINGHE), sharedText.replace("；", "。").replace("，", ", ")));
        ReportValidated second = validate(copy);

        Finding duplicate = second.findings().stream().filter(f -> f.rule().equals("DUPLICATE-CONTENT"))
                .findFirst().orElseThrow(() -> new AssertionError("DUPLICATE-CONTENT expected: " + second.findings()));
        assertEquals("warning", duplicate.severity().json());
        assertEquals(original.submissionId(), duplicate.actual(), "names the other report's submission");
        assertTrue(duplicate.message().contains(LINCHUAN), duplicate.message());
        assertEquals(io.nianbao.model.Verdict.PASSED, second.verdict(), "a warning does not fail the report");

        ReportParsed unrelated = parsed("agency-bs-" + UUID.randomUUID(), BAISHI,
                withProblems(report(BAISHI), OTHER_PROBLEMS));
        ReportValidated third = validate(unrelated);
        assertTrue(rules(third).stream().noneMatch("DUPLICATE-CONTENT"::equals), third.findings().toString());
    }

    @Test
    void aReplayAddsANewResultBesideTheFirstAndPublishesIt() throws IOException {
        String sharedText = REPLAYED_PROBLEMS;
        ReportParsed original = parsed("agency-rp-" + UUID.randomUUID(), LINCHUAN,
                withProblems(report(LINCHUAN), sharedText));
        ReportValidated first = validate(original);
        assertTrue(rules(first).stream().noneMatch("DUPLICATE-CONTENT"::equals), first.findings().toString());
        // another agency submits the same narrative later: a replay of the first report now sees it
        ReportParsed copy = parsed("agency-rq-" + UUID.randomUUID(), QINGHE,
                withProblems(report(QINGHE), sharedText));
        validate(copy);

        JsonPath accepted = given().contentType(ContentType.JSON)
                .body(Map.of("submissionIds", List.of(original.submissionId())))
                .when().post("/api/validation/replay")
                .then().statusCode(202)
                .body("count", equalTo(1))
                .body("runId", startsWith("replay-"))
                .extract().jsonPath();
        String runId = accepted.getString("runId");
        awaitDone(runId, 1);

        List<ReportValidated> published = kafka.findAll(Topics.VALIDATED,
                        r -> original.submissionId().equals(r.key()), 2, WAIT).stream()
                .map(r -> EventCodec.decode(r.value(), ReportValidated.class)).toList();
        assertEquals(2, published.size(), "the replayed result is published to reports.validated");
        assertEquals(first, published.get(0));
        ReportValidated replayed = published.get(1);
        assertTrue(replayed.validatedAt().isAfter(first.validatedAt()));
        Finding duplicate = replayed.findings().stream().filter(f -> f.rule().equals("DUPLICATE-CONTENT"))
                .findFirst().orElseThrow(() -> new AssertionError("replay sees the later copy: " + replayed));
        assertEquals(copy.submissionId(), duplicate.actual());

        JsonPath results = given().when().get("/api/validation/results/" + original.submissionId())
                .then().statusCode(200).extract().jsonPath();
        assertEquals(2, results.getList("$").size());
        assertEquals(runId, results.getString("[0].runId"), "newest first");
        assertTrue(results.getString("[1].runId").startsWith("parsed-"), results.prettify());
        assertEquals(first.catalogueVersion(), results.getString("[1].catalogueVersion"));
        assertEquals(replayed.catalogueVersion(), results.getString("[0].catalogueVersion"));
        assertEquals("PASSED", results.getString("[1].verdict"));
        assertTrue(results.getList("[0].findings.rule").contains("DUPLICATE-CONTENT"), results.prettify());
        assertFalse(results.getList("[1].findings.rule").contains("DUPLICATE-CONTENT"), results.prettify());
        assertEquals(first.validatedAt(), Instant.parse(results.getString("[1].validatedAt")));

        // a redelivery of the original reports.parsed record is answered with the stored first result
        kafka.send(Topics.PARSED, original.submissionId(), EventCodec.encode(original));
        List<ReportValidated> afterRedelivery = kafka.findAll(Topics.VALIDATED,
                        r -> original.submissionId().equals(r.key()), 3, WAIT).stream()
                .map(r -> EventCodec.decode(r.value(), ReportValidated.class)).toList();
        assertEquals(3, afterRedelivery.size());
        assertEquals(first, afterRedelivery.get(2));
        assertEquals(2, database.getCollection("validation_results")
                .countDocuments(Filters.eq("submissionId", original.submissionId())));
    }

    @Test
    void aReplayByAgencyCoversAllItsStoredReportsAndNothingElse() throws IOException {
        String agencyId = "agency-all-" + UUID.randomUUID();
        ReportParsed a = parsed(agencyId, LINCHUAN, report(LINCHUAN));
        ReportParsed b = parsed(agencyId, LINCHUAN, report(LINCHUAN));
        validate(a);
        validate(b);
        ReportParsed other = parsed("agency-else-" + UUID.randomUUID(), LINCHUAN, report(LINCHUAN));
        validate(other);

        String runId = given().contentType(ContentType.JSON).body(Map.of("agencyId", agencyId))
                .when().post("/api/validation/replay")
                .then().statusCode(202).body("count", equalTo(2))
                .extract().path("runId");
        awaitDone(runId, 2);

        for (ReportParsed p : List.of(a, b)) {
            given().when().get("/api/validation/results/" + p.submissionId())
                    .then().statusCode(200).body("size()", equalTo(2)).body("[0].runId", equalTo(runId));
        }
        given().when().get("/api/validation/results/" + other.submissionId())
                .then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void aReplayWithoutBodyCoversEveryStoredReport() throws IOException {
        ReportParsed p = parsed("agency-every-" + UUID.randomUUID(), LINCHUAN, report(LINCHUAN));
        validate(p);
        long stored = database.getCollection("validation_reports").countDocuments();

        String runId = given().when().post("/api/validation/replay")
                .then().statusCode(202).body("count", equalTo((int) stored))
                .extract().path("runId");
        awaitDone(runId, (int) stored);

        given().when().get("/api/validation/results/" + p.submissionId())
                .then().statusCode(200).body("[0].runId", equalTo(runId)).body("size()", equalTo(2));
    }

    @Test
    void theCatalogueEndpointListsTheVersionAndEveryRule() throws IOException {
        ReportValidated result = validate(parsed("agency-cat-" + UUID.randomUUID(), LINCHUAN, report(LINCHUAN)));

        JsonPath catalogue = given().when().get("/api/validation/catalogue")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        assertEquals(result.catalogueVersion(), catalogue.getString("version"));
        List<String> ids = catalogue.getList("rules.id");
        assertTrue(ids.containsAll(List.of("UNREADABLE", "T3-BALANCE", "DUPLICATE-CONTENT", "YEAR-MISMATCH")),
                ids.toString());
        Map<String, Object> duplicate = catalogue.getMap("rules.find { it.id == 'DUPLICATE-CONTENT' }");
        assertEquals("warning", duplicate.get("severity"));
        assertFalse(String.valueOf(duplicate.get("legalBasis")).isBlank());
        assertTrue(String.valueOf(catalogue.getMap("rules[0].messages")).contains("default"));

        String openapi = given().when().get("/q/openapi").then().statusCode(200).extract().asString();
        assertTrue(openapi.contains("/api/validation/replay") && openapi.contains("/api/validation/catalogue"));
    }

    @Test
    void badRequestsGetJsonErrors() {
        String unknown = "s-" + UUID.randomUUID();
        given().when().get("/api/validation/results/" + unknown)
                .then().statusCode(404).contentType(ContentType.JSON).body("error", equalTo("unknown-submission"));
        given().contentType(ContentType.JSON).body(Map.of("submissionIds", List.of(unknown)))
                .when().post("/api/validation/replay")
                .then().statusCode(404).body("error", equalTo("unknown-submission"))
                .body("message", org.hamcrest.Matchers.containsString(unknown));
        given().contentType(ContentType.JSON).body(Map.of("submissionIds", List.of()))
                .when().post("/api/validation/replay")
                .then().statusCode(400).body("error", equalTo("empty-selection"));
        given().contentType(ContentType.JSON).body(Map.of("agencyId", "agency-none-" + UUID.randomUUID()))
                .when().post("/api/validation/replay")
                .then().statusCode(404).body("error", equalTo("no-reports"));
        given().contentType(ContentType.JSON).body("{\"submissionIds\": [")
                .when().post("/api/validation/replay")
                .then().statusCode(400).body("error", equalTo("invalid-json"));
        given().when().get("/api/validation/replays/replay-none")
                .then().statusCode(404).body("error", equalTo("unknown-replay"));
        given().when().get("/api/validation/nothing-here")
                .then().statusCode(404).contentType(ContentType.JSON).body("error", equalTo("not-found"));
    }

    @Test
    void perRuleOutcomesAreCounted() throws IOException {
        validate(parsed("agency-metrics-" + UUID.randomUUID(), LINCHUAN, report(LINCHUAN)));

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        List<String> lines = metrics.lines().filter(l -> l.startsWith("nianbao_validation_rule_outcomes_total")).toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("rule=\"T3-BALANCE\"") && l.contains("status=\"PASS\"")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("rule=\"YEAR-MISMATCH\"")
                && l.contains("status=\"NOT_ASSESSABLE\"")), "no expected year configured: " + lines);
    }

    private void awaitDone(String runId, int count) {
        await().atMost(WAIT).untilAsserted(() -> given().when().get("/api/validation/replays/" + runId)
                .then().statusCode(200).body("status", equalTo("DONE")).body("validated", equalTo(count))
                .body("failed", equalTo(0)));
    }

    private ReportValidated validate(ReportParsed parsed) {
        kafka.send(Topics.PARSED, parsed.submissionId(), EventCodec.encode(parsed));
        Optional<ReportValidated> result = kafka.find(Topics.VALIDATED, r -> parsed.submissionId().equals(r.key()), WAIT)
                .map(r -> EventCodec.decode(r.value(), ReportValidated.class));
        return result.orElseThrow(() -> new AssertionError("no reports.validated record for " + parsed.submissionId()));
    }

    private static List<String> rules(ReportValidated result) {
        return result.findings().stream().map(Finding::rule).toList();
    }

    private static ReportParsed parsed(String agencyId, String registeredName, Report report) {
        Instant received = LocalDate.of(2025, 1, 21).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new ReportParsed("s-" + UUID.randomUUID(), agencyId, registeredName, "report-2024.docx", received,
                ParseStatus.PARSED, report, null, received.plusSeconds(1));
    }

    private static Report withProblems(Report r, String text) {
        List<Section> sections = r.sections().stream()
                .map(s -> s.number() == 5 ? new Section(5, s.title(), true, text) : s).toList();
        return new Report(r.schemaVersion(), r.source(), r.agency(), r.year(), r.publishedOn(), r.template(),
                sections, r.tables(), r.provenance());
    }

    private static Report report(String agency) throws IOException {
        try (InputStream in = ReplayAndDuplicateTest.class.getResourceAsStream("/reports/linchuan-2024.json")) {
            Report r = ReportJson.mapper().readValue(in, Report.class);
            return new Report(r.schemaVersion(), r.source(), agency, r.year(), r.publishedOn(), r.template(),
                    r.sections(), r.tables(), r.provenance());
        }
    }
}
