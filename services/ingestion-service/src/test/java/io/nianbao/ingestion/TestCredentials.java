package io.nianbao.ingestion;

import io.restassured.RestAssured;
import io.restassured.authentication.AuthenticationScheme;

/** The %test profile's logins (application.properties), for tests that call the API. */
final class TestCredentials {

    static final String OPERATOR_PASSWORD = "operator-test";
    static final String PLATFORM_PASSWORD = "platform-test";

    private TestCredentials() {
    }

    static AuthenticationScheme operator() {
        return RestAssured.preemptive().basic("operator", OPERATOR_PASSWORD);
    }

    /** Every following RestAssured call logs in as the operator unless it says otherwise. */
    static void loginAsOperator() {
        RestAssured.authentication = operator();
    }
}
