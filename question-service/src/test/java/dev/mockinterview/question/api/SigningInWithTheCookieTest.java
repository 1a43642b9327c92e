package dev.mockinterview.question.api;

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
    private static final String EXPORT = "/api/v1/question-banks/export?role=backend-engineer";

    @Test
    void aRequestWithOnlyTheCookieIsAuthenticatedAsItsRole() {
        given().cookie(TokenIssuer.COOKIE, TestInfrastructure.token("admin", "cookie-ada"))
                .get(EXPORT).then().statusCode(200);
        given().cookie(TokenIssuer.COOKIE, TestInfrastructure.token("candidate", "cookie-cora"))
                .get(EXPORT).then().statusCode(403);
    }

    @Test
    void bearerTokensStillWorkAndNoTokenIsRefused() {
        given().auth().oauth2(TestInfrastructure.token("admin", "bearer-ada"))
                .get(EXPORT).then().statusCode(200);
        given().get(EXPORT).then().statusCode(401);
        given().cookie(TokenIssuer.COOKIE, "not-a-token").get(EXPORT).then().statusCode(401);
    }
}
