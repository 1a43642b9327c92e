package dev.mockinterview.scoring.pages;

import dev.mockinterview.localstack.TokenIssuer;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/**
 * Another site can make a signed-in admin's browser post to the playground or start a rescoring, with the sign-in
 * cookie: whatever the body, nothing happens without the token of a page of this site.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class RefusingCrossSiteRequestsTest {
    private static final String PLAYGROUND = "/author/playground";
    private static final String ADMIN = TestInfrastructure.token("admin", "csrf-ada");

    @Test
    void aPostWithTheCookieButNoTokenIsRefusedWhateverItsBody() {
        browser().formParam("prompt", "Forged?").post(PLAYGROUND).then().statusCode(400);
        browser().post(PLAYGROUND).then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("CSRF token"));
        browser().contentType(ContentType.TEXT).body("prompt=Forged?").post(PLAYGROUND).then().statusCode(403);
        browser().contentType(ContentType.JSON).post("/api/v1/scoring/rescore").then().statusCode(403);
    }

    @Test
    void thePlaygroundsFormStillScoresASample() {
        Response page = browser().get(PLAYGROUND);
        String token = Jsoup.parse(page.asString()).select("form[action=/author/playground] input[name=csrf-token]")
                .val();

        browser().cookie("csrf-token", page.cookie("csrf-token")).formParam("csrf-token", token)
                .formParam("prompt", "Why are retries of a POST dangerous?")
                .formParam("modelAnswer", "A retried POST can create a duplicate without an idempotency key.")
                .formParam("keyPoint", "Duplicates without an idempotency key").formParam("weight", "1")
                .formParam("alternatives", "").formParam("sample", "It may create the order twice.")
                .post(PLAYGROUND).then().statusCode(200).body(containsString("Sample answer 1"));
    }

    private static RequestSpecification browser() {
        return given().redirects().follow(false).cookie(TokenIssuer.COOKIE, ADMIN);
    }
}
