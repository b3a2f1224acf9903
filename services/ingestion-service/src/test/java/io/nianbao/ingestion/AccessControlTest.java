package io.nianbao.ingestion;

import io.nianbao.devstack.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Who may do what: operator, platform, an agency with its API key, nobody without credentials. */
@QuarkusTest
@QuarkusTestResource(DevStackResource.class)
class AccessControlTest {

    private String agencyA;
    private String agencyB;
    private String keyA;
    private String keyB;

    @BeforeEach
    void registerTwoAgencies() {
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
        agencyA = "acl-a-" + UUID.randomUUID().toString().substring(0, 8);
        agencyB = "acl-b-" + UUID.randomUUID().toString().substring(0, 8);
        keyA = register(agencyA, "青禾县自然资源局");
        keyB = register(agencyB, "白水县教育局");
    }

    private static RequestSpecification as(String user, String password) {
        return RestAssured.given().auth().preemptive().basic(user, password);
    }

    private static RequestSpecification platform() {
        return as("platform", TestCredentials.PLATFORM_PASSWORD);
    }

    private static String register(String id, String name) {
        return platform().contentType(ContentType.JSON).body(Map.of("name", name))
                .put("/api/agencies/" + id).then().statusCode(200)
                .body("apiKey", startsWith("nbk_")).extract().path("apiKey");
    }

    private static String submit(RequestSpecification who, String agencyId, int expectedStatus) {
        return who.multiPart("agencyId", agencyId)
                .multiPart("file", "r.txt", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/submissions").then().statusCode(expectedStatus).extract().path("id");
    }

    @Test
    void withoutCredentialsTheApiAnswers401WithAJsonErrorButHealthIsOpen() {
        RestAssured.given().get("/api/submissions").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("error", equalTo("unauthorized"));
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("name", "x"))
                .put("/api/agencies/anyone").then().statusCode(401);
        as("operator", "wrong").get("/api/submissions").then().statusCode(401).body("error", equalTo("unauthorized"));
        as(agencyA, "nbk_0000").get("/api/submissions").then().statusCode(401);
        RestAssured.given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void theKeyIsShownOnlyWhenIssuedAndSurvivesAnUpdate() {
        platform().contentType(ContentType.JSON).body(Map.of("name", "青禾县自然资源局", "email", "new@qinghe.example"))
                .put("/api/agencies/" + agencyA).then().statusCode(200)
                .body("apiKey", nullValue()).body("email", equalTo("new@qinghe.example"));
        as(agencyA, keyA).get("/api/agencies/" + agencyA).then().statusCode(200).body("apiKey", nullValue());
        String rotated = platform().post("/api/agencies/" + agencyA + "/key").then().statusCode(200)
                .extract().path("apiKey");
        assertNotEquals(keyA, rotated);
        as(agencyA, keyA).get("/api/agencies/" + agencyA).then().statusCode(401);
        as(agencyA, rotated).get("/api/agencies/" + agencyA).then().statusCode(200);
    }

    @Test
    void anAgencySubmitsAndReadsOnlyItsOwn() {
        String own = submit(as(agencyA, keyA), agencyA, 202);
        as(agencyA, keyA).multiPart("agencyId", agencyB)
                .multiPart("file", "r.txt", "x".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/submissions").then().statusCode(403).body("error", equalTo("forbidden-agency"));
        String other = submit(platform(), agencyB, 202);

        as(agencyA, keyA).get("/api/submissions/" + own).then().statusCode(200).body("agencyId", equalTo(agencyA));
        as(agencyA, keyA).get("/api/submissions/" + other).then().statusCode(404);
        as(agencyB, keyB).get("/api/submissions/" + other).then().statusCode(200);
        as(agencyA, keyA).get("/api/submissions").then().statusCode(200)
                .body("agencyId", everyItem(equalTo(agencyA)));
        as(agencyA, keyA).queryParam("agencyId", agencyB).get("/api/submissions").then().statusCode(403);
        as(agencyA, keyA).get("/api/agencies/" + agencyB).then().statusCode(403);
    }

    @Test
    void onlyOperatorsAndPlatformsRegisterAgencies() {
        as(agencyA, keyA).contentType(ContentType.JSON).body(Map.of("name", "冒名机构"))
                .put("/api/agencies/" + agencyA + "-x").then().statusCode(403).body("error", equalTo("forbidden"));
        as("operator", TestCredentials.OPERATOR_PASSWORD).get("/api/agencies/" + agencyB).then().statusCode(200)
                .body("name", equalTo("白水县教育局")).body("id", not(emptyOrNullString()));
    }
}
