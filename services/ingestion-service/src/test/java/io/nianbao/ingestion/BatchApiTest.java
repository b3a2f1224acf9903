package io.nianbao.ingestion;

import io.nianbao.devstack.DevStackResource;
import io.nianbao.devstack.KafkaTestClient;
import io.nianbao.events.EventCodec;
import io.nianbao.events.ParseStatus;
import io.nianbao.events.ReportParsed;
import io.nianbao.events.ReportValidated;
import io.nianbao.events.Topics;
import io.nianbao.ingestion.domain.TestZip;
import io.nianbao.model.Finding;
import io.nianbao.model.Report;
import io.nianbao.model.Severity;
import io.nianbao.model.Verdict;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class BatchApiTest {

    @BeforeEach
    void loginAsPlatform() {
        RestAssured.authentication = RestAssured.preemptive().basic("platform", TestCredentials.PLATFORM_PASSWORD);
    }

    private final KafkaTestClient kafka = new KafkaTestClient(DevStackResource.stack().kafkaBootstrap());

    @Test
    void aZipWithAManifestSubmitsEachListedFileForItsAgency() {
        Agency first = register("自然资源局");
        Agency second = register("教育局");
        byte[] zip = new TestZip()
                .add("manifest.csv", "file,agencyId\nreports/one.txt," + first.id + "\ntwo.txt," + second.id
                        + "\nmissing.pdf," + first.id + "\n")
                .add("reports/one.txt", report(second.name)) // the manifest wins over the title
                .add("reports/sub/two.txt", report(second.name))
                .bytes();

        Response response = post("reports.zip", zip);
        response.then().statusCode(202).contentType(ContentType.JSON)
                .header("Location", endsWith("/api/batches/" + response.path("id")))
                .body("fileName", equalTo("reports.zip"))
                .body("status", equalTo("RUNNING"))
                .body("receivedAt", not(emptyOrNullString()))
                .body("counts.entries", equalTo(3))
                .body("counts.accepted", equalTo(2))
                .body("counts.rejected", equalTo(1))
                .body("counts.received", equalTo(2));
        JsonPath batch = get(response.path("id"));
        Map<String, Object> one = file(batch, "reports/one.txt");
        assertEquals(first.id, one.get("agencyId"));
        assertEquals("RECEIVED", one.get("status"));
        assertEquals(List.of(), one.get("errorRules"));
        assertNull(one.get("reason"));
        assertEquals(second.id, file(batch, "reports/sub/two.txt").get("agencyId"));
        Map<String, Object> missing = file(batch, "missing.pdf");
        assertEquals("REJECTED", missing.get("status"));
        assertTrue(((String) missing.get("reason")).contains("not in the zip"), missing.toString());

        String submissionId = (String) one.get("submissionId");
        given().get("/api/submissions/" + submissionId).then().statusCode(200)
                .body("agencyId", equalTo(first.id)).body("fileName", equalTo("one.txt"));
        assertTrue(kafka.find(Topics.SUBMITTED, r -> submissionId.equals(r.key()), Duration.ofSeconds(20)).isPresent(),
                "an accepted entry is published like any submission");
    }

    @Test
    void withoutAManifestTheAgencyIsTheOneTheTitleNames() {
        Agency agency = register("自然资源局");
        Agency twin = register("民政局");
        Agency twinAgain = registerNamed(twin.name);
        byte[] zip = new TestZip()
                .add("simplified.txt", report(agency.name))
                .add("traditional.txt", report(agency.name.replace("县", "縣").replace("资源", "資源")))
                .add("unknown.txt", report("从未登记" + suffix() + "县统计局"))
                .add("ambiguous.txt", report(twin.name))
                .add("untitled.txt", "这份文件没有标题，只有一些中文内容。\n二、主动公开政府信息情况\n")
                .add("scan.pdf", "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII))
                .bytes();

        JsonPath batch = get(post("titles.zip", zip).then().statusCode(202).extract().path("id"));
        assertEquals(agency.id, file(batch, "simplified.txt").get("agencyId"));
        assertEquals("RECEIVED", file(batch, "simplified.txt").get("status"));
        assertEquals(agency.id, file(batch, "traditional.txt").get("agencyId"), "Traditional characters match");
        assertReason(batch, "unknown.txt", "no registered agency is named 从未登记");
        assertReason(batch, "ambiguous.txt", "matches several registered agencies");
        assertTrue(reason(batch, "ambiguous.txt").contains(twin.id) && reason(batch, "ambiguous.txt").contains(twinAgain.id));
        assertReason(batch, "untitled.txt", "names no agency");
        assertReason(batch, "scan.pdf", "cannot be read");
        assertEquals(2, batch.getInt("counts.accepted"));
    }

    @Test
    void hostileEntriesAreEachRejectedWithTheirReasonAndTheRestProceeds() {
        Agency agency = register("交通运输局");
        byte[] good = report(agency.name);
        byte[] zip = new TestZip()
                .add("good.txt", good)
                .add("copy.txt", good)
                .add("../../etc/evil.txt", report(agency.name + "甲"))
                .add("/absolute.txt", report(agency.name + "乙"))
                .add("inner.zip", new TestZip().add("r.txt", report(agency.name + "丙")).bytes())
                .add("disguised.pdf", "Rar!\u001a\u0007\u0000...".getBytes(StandardCharsets.ISO_8859_1))
                .add("bomb.txt", new byte[10_000_000])
                .add("small-bomb.txt", new byte[90_000])
                .add("huge.txt", noise(150_000))
                .add("empty.txt", new byte[0])
                .add("notes.xlsx", "a,b".getBytes(StandardCharsets.UTF_8))
                .add(".DS_Store", new byte[]{0, 0, 0, 1})
                .add("__MACOSX/._good.txt", new byte[]{0, 5, 22, 7})
                .directory("folder")
                .bytes();

        Response response = given().multiPart("agencyId", agency.id)
                .multiPart("file", "hostile.zip", zip, "application/zip").post("/api/batches");
        response.then().statusCode(202);
        JsonPath batch = get(response.path("id"));

        assertEquals("RECEIVED", file(batch, "good.txt").get("status"));
        assertReason(batch, "copy.txt", "the same bytes for the same agency as good.txt");
        assertReason(batch, "../../etc/evil.txt", "unsafe path");
        assertReason(batch, "/absolute.txt", "unsafe path");
        assertReason(batch, "inner.zip", "nested archive");
        assertReason(batch, "disguised.pdf", "nested archive");
        assertReason(batch, "bomb.txt", "zip bomb");
        assertReason(batch, "small-bomb.txt", "zip bomb");
        assertReason(batch, "huge.txt", "larger than 100000 bytes");
        assertReason(batch, "empty.txt", "the file is empty");
        assertReason(batch, "notes.xlsx", "unsupported type .xlsx");
        assertReason(batch, ".DS_Store", "hidden file");
        assertReason(batch, "__MACOSX/._good.txt", "macOS metadata");
        assertReason(batch, "folder/", "a directory");
        assertEquals(14, batch.getInt("counts.entries"), "every entry is listed");
        assertEquals(1, batch.getInt("counts.accepted"));
        assertEquals(13, batch.getInt("counts.rejected"));
        for (Map<String, Object> f : batch.<Map<String, Object>>getList("files")) {
            if ("REJECTED".equals(f.get("status"))) {
                assertNull(f.get("submissionId"), f.toString());
                assertTrue(((String) f.get("reason")).matches("(?s).*\\p{IsHan}.*/ [A-Za-z].*"), "中文 / English: " + f);
            }
        }
    }

    @Test
    void anUploadThatCannotBeABatchIsAClearJsonError() {
        post("report.zip", "这不是压缩包".getBytes(StandardCharsets.UTF_8)).then().statusCode(400)
                .contentType(ContentType.JSON).body("error", equalTo("not-a-zip"))
                .body("message", containsString("not a zip archive"));
        post("empty.zip", new byte[0]).then().statusCode(400).body("error", equalTo("empty-file"));
        post("nothing.zip", new TestZip().bytes()).then().statusCode(400).body("error", equalTo("empty-zip"));
        given().multiPart("agencyId", "x").post("/api/batches").then().statusCode(400).body("error", equalTo("missing-file"));

        post("big.zip", new TestZip().stored("noise.txt", noise(1_100_000)).bytes()).then().statusCode(413)
                .body("error", equalTo("zip-too-large"));
        TestZip many = new TestZip();
        for (int i = 0; i < 41; i++) {
            many.add("r" + i + ".txt", "内容" + i);
        }
        post("many.zip", many.bytes()).then().statusCode(413).body("error", equalTo("too-many-entries"));
        post("manifest.zip", new TestZip().add("manifest.csv", "a.txt;x\n").add("a.txt", "内容").bytes())
                .then().statusCode(400).body("error", equalTo("invalid-manifest"));
        given().multiPart("agencyId", "nobody-" + suffix())
                .multiPart("file", "a.zip", new TestZip().add("a.txt", "内容").bytes(), "application/zip")
                .post("/api/batches").then().statusCode(404).body("error", equalTo("unknown-agency"));
        given().get("/api/batches/does-not-exist").then().statusCode(404).body("error", equalTo("unknown-batch"));
    }

    @Test
    void countsFollowTheParsedAndValidatedEventsUntilTheBatchIsDone() {
        Agency agency = register("财政局");
        byte[] zip = new TestZip()
                .add("pass.txt", report(agency.name))
                .add("fail.txt", report(agency.name) + "二")
                .add("unreadable.txt", report(agency.name) + "三")
                .add("skip.xlsx", "x")
                .bytes();
        String batchId = given().multiPart("agencyId", agency.id)
                .multiPart("file", "progress.zip", zip, "application/zip").post("/api/batches")
                .then().statusCode(202).body("counts.received", equalTo(3)).extract().path("id");
        JsonPath batch = get(batchId);
        String pass = (String) file(batch, "pass.txt").get("submissionId");
        String fail = (String) file(batch, "fail.txt").get("submissionId");
        String unreadable = (String) file(batch, "unreadable.txt").get("submissionId");

        Instant t0 = Instant.now();
        kafka.send(Topics.PARSED, pass, EventCodec.encode(parsed(pass, agency, t0)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/batches/" + batchId).then()
                .body("status", equalTo("RUNNING"))
                .body("counts.parsed", equalTo(1)).body("counts.received", equalTo(2))
                .body("files.find { it.name == 'pass.txt' }.status", equalTo("PARSED")));

        kafka.send(Topics.VALIDATED, pass, EventCodec.encode(validated(pass, agency, Verdict.PASSED, List.of(), t0)));
        kafka.send(Topics.VALIDATED, fail, EventCodec.encode(validated(fail, agency, Verdict.FAILED, List.of(
                Finding.of("T3-ROW-TOTAL", Severity.ERROR, "表三总计不等于各列之和", List.of("applications.granted.total"), 3, 2),
                Finding.of("OVERVIEW-INCOMPLETE", Severity.WARNING, "总体情况缺少平台建设", List.of("sections.1.text"),
                        null, null)), t0)));
        kafka.send(Topics.PARSED, unreadable, EventCodec.encode(new ReportParsed(unreadable, agency.id, agency.name,
                "unreadable.txt", t0, ParseStatus.UNREADABLE, null, "文件已损坏 / damaged", t0.plusSeconds(1))));
        kafka.send(Topics.VALIDATED, unreadable, EventCodec.encode(validated(unreadable, agency, Verdict.FAILED,
                List.of(Finding.of("UNREADABLE", Severity.ERROR, "无法读取报告文件", List.of(), null, null)), t0)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/batches/" + batchId).then()
                .body("status", equalTo("DONE"))
                .body("counts.entries", equalTo(4)).body("counts.accepted", equalTo(3))
                .body("counts.rejected", equalTo(1)).body("counts.received", equalTo(0))
                .body("counts.parsed", equalTo(0)).body("counts.passed", equalTo(1))
                .body("counts.failed", equalTo(2)).body("counts.unreadable", equalTo(1)));
        JsonPath done = get(batchId);
        assertEquals("PASSED", file(done, "pass.txt").get("status"));
        assertEquals(List.of("T3-ROW-TOTAL"), file(done, "fail.txt").get("errorRules"), "warnings are not error rules");
        assertEquals(List.of("UNREADABLE"), file(done, "unreadable.txt").get("errorRules"));
        assertEquals("REJECTED", file(done, "skip.xlsx").get("status"));

        // the list: newest first, the same counts, no file list
        String later = post("later.zip", new TestZip().add("x.xlsx", "x").bytes()).then().statusCode(202)
                .body("status", equalTo("DONE")).extract().path("id");
        JsonPath list = given().get("/api/batches").then().statusCode(200).extract().jsonPath();
        assertEquals(later, list.getString("[0].id"));
        assertEquals(batchId, list.getString("[1].id"));
        assertEquals("DONE", list.getString("[1].status"));
        assertEquals(done.getMap("counts"), list.getMap("[1].counts"));
        assertFalse(list.getMap("[1]").containsKey("files"), "the list leaves the files out");
    }

    @Test
    void theSameZipAgainIsANewBatchOfTheSameSubmissionsAndBothFollowThem() {
        Agency agency = register("司法局");
        byte[] zip = new TestZip().add("a.txt", report(agency.name)).bytes();
        String firstBatch = given().multiPart("agencyId", agency.id)
                .multiPart("file", "a.zip", zip, "application/zip").post("/api/batches").then().statusCode(202)
                .extract().path("id");
        String secondBatch = given().multiPart("agencyId", agency.id)
                .multiPart("file", "a.zip", zip, "application/zip").post("/api/batches").then().statusCode(202)
                .extract().path("id");
        assertFalse(firstBatch.equals(secondBatch));
        String submission = (String) file(get(firstBatch), "a.txt").get("submissionId");
        assertEquals(submission, file(get(secondBatch), "a.txt").get("submissionId"), "idempotent like any upload");

        kafka.send(Topics.VALIDATED, submission, EventCodec.encode(validated(submission, agency, Verdict.PASSED,
                List.of(), Instant.now())));
        for (String batchId : List.of(firstBatch, secondBatch)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/batches/" + batchId).then()
                    .body("status", equalTo("DONE")).body("counts.passed", equalTo(1)));
        }
    }

    // --- helpers ---

    private record Agency(String id, String name) {
    }

    /** A registered agency with a name no other test uses (letters only around it: no digits to read as a year). */
    private static Agency register(String department) {
        return register("云溪" + suffix() + "县" + department, "batch-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static Agency registerNamed(String name) {
        return register(name, "batch-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static Agency register(String name, String id) {
        given().contentType(ContentType.JSON).body(Map.of("name", name)).put("/api/agencies/" + id)
                .then().statusCode(200);
        return new Agency(id, name);
    }

    private static String suffix() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            letters.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return letters.toString();
    }

    private static byte[] noise(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static byte[] report(String agency) {
        return ("# " + agency + "2024年政府信息公开工作年度报告\n\n一、总体情况\n\n本机关认真贯彻落实《条例》。"
                + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static Response post(String fileName, byte[] zip) {
        return given().multiPart("file", fileName, zip, "application/zip").post("/api/batches");
    }

    private static JsonPath get(String batchId) {
        return given().get("/api/batches/" + batchId).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> file(JsonPath batch, String name) {
        Map<String, Object> file = batch.getMap("files.find { it.name == '" + name.replace("'", "\\'") + "' }");
        assertNotNull(file, name + " is not among " + batch.getList("files.name"));
        return file;
    }

    private static String reason(JsonPath batch, String name) {
        return (String) file(batch, name).get("reason");
    }

    private static void assertReason(JsonPath batch, String name, String expected) {
        Map<String, Object> file = file(batch, name);
        assertEquals("REJECTED", file.get("status"), name);
        assertTrue(String.valueOf(file.get("reason")).contains(expected), name + ": " + file.get("reason"));
    }

    private static ReportParsed parsed(String id, Agency agency, Instant t0) {
        Report report = new Report(1, null, agency.name, 2024, null, "2021", null, null, null);
        return new ReportParsed(id, agency.id, agency.name, "r.txt", t0, ParseStatus.PARSED, report, null,
                t0.plusSeconds(1));
    }

    private static ReportValidated validated(String id, Agency agency, Verdict verdict, List<Finding> findings,
                                             Instant t0) {
        return new ReportValidated(id, agency.id, "r.txt", agency.name, 2024, verdict, findings, "test-1",
                t0.plusSeconds(2));
    }
}
