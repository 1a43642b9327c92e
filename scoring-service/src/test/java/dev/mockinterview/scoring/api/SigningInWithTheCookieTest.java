package dev.mockinterview.scoring.api;

import dev.mockinterview.localstack.TokenIssuer;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/** Pages send the signed JWT as the cookie mip_token; API clients keep sending it as a bearer token. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class SigningInWithTheCookieTest {
    private static final String REPORTS = "/api/v1/reports";

    @Test
    void aRequestWithOnlyTheCookieIsAuthenticatedAsItsRole() {
        given().cookie(TokenIssuer.COOKIE, TestInfrastructure.token("recruiter", "cookie-rita"))
                .get(REPORTS).then().statusCode(200);
        given().cookie(TokenIssuer.COOKIE, TestInfrastructure.token("candidate", "cookie-cora"))
                .get(REPORTS).then().statusCode(403);
    }

    @Test
    void bearerTokensStillWorkAndNoTokenIsRefused() {
        given().auth().oauth2(TestInfrastructure.token("recruiter", "bearer-rita"))
                .get(REPORTS).then().statusCode(200);
        given().get(REPORTS).then().statusCode(401);
        given().cookie(TokenIssuer.COOKIE, "not-a-token").get(REPORTS).then().statusCode(401);
    }
}
