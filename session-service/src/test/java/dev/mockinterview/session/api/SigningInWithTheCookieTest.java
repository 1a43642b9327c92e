package dev.mockinterview.session.api;

import dev.mockinterview.localstack.TokenIssuer;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Pages send the signed JWT as the cookie mip_token; API clients keep sending it as a bearer token. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class SigningInWithTheCookieTest {
    private static final String SESSIONS = "/api/v1/sessions";

    @Test
    void aRequestWithOnlyTheCookieIsAuthenticatedAsItsRole() {
        given().cookie(TokenIssuer.COOKIE, TestInfrastructure.token("candidate", "cookie-cora"))
                .get(SESSIONS).then().statusCode(200);
        given().cookie(TokenIssuer.COOKIE, TestInfrastructure.token("recruiter", "cookie-rita"))
                .get(SESSIONS).then().statusCode(403);
    }

    @Test
    void bearerTokensStillWorkAndNoTokenIsRefused() {
        given().auth().oauth2(TestInfrastructure.token("candidate", "bearer-cora"))
                .get(SESSIONS).then().statusCode(200);
        given().get(SESSIONS).then().statusCode(401);
        given().cookie(TokenIssuer.COOKIE, "not-a-token").get(SESSIONS).then().statusCode(401);
    }

    @Test
    void aTokenSignedByTheTrustedKeyButIssuedForAnotherAudienceIsRefused() {
        given().auth().oauth2(TestInfrastructure.token("candidate", "aud-cora", "another-application"))
                .get(SESSIONS).then().statusCode(401);
        given().auth().oauth2(TestInfrastructure.token("candidate", "aud-cora", TokenIssuer.AUDIENCE))
                .get(SESSIONS).then().statusCode(200);
    }

    @Test
    void pagesAndApiResponsesCarryTheBrowserSecurityHeaders() {
        for (String path : new String[]{"/interviews", SESSIONS}) {
            given().cookie(TokenIssuer.COOKIE, TestInfrastructure.token("candidate", "headers-cora"))
                    .get(path).then().statusCode(200)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "same-origin")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self';"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")));
        }
    }

    @Test
    void aPageWithoutTheCookieAnswers401SoTheBrowserIsSentToSignIn() {
        given().accept("text/html").get("/interviews").then().statusCode(401);
        given().accept("text/html").get("/").then().statusCode(401);
    }
}
