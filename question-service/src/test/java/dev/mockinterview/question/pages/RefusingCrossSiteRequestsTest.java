package dev.mockinterview.question.pages;

import dev.mockinterview.localstack.TokenIssuer;
import dev.mockinterview.question.testing.Authors;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Another site can make a signed-in author's browser post to publish or retire, with the sign-in cookie: whatever
 * the body, nothing happens without the token of a page of this site. API clients, with a bearer token, need none.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class RefusingCrossSiteRequestsTest {
    private static final String ADMIN = TestInfrastructure.token("admin", "csrf-ada");

    @Test
    void aPostWithTheCookieButNoTokenIsRefusedWhateverItsBody() {
        Authors.create(Authors.newQuestion("csrf-forged", "csrf-role", "design", "forged posts")).statusCode(201);
        String publish = "/author/questions/csrf-forged/publish";

        browser().formParam("confirm", "yes").post(publish).then().statusCode(400);
        browser().post(publish).then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("CSRF token"));
        browser().contentType(ContentType.TEXT).body("confirm=yes").post(publish).then().statusCode(403);
        browser().contentType(ContentType.JSON).post("/api/v1/questions/csrf-forged/publish").then().statusCode(403);

        Authors.admin().get("/api/v1/questions/csrf-forged/versions/1").then().body("status", equalTo("draft"));
    }

    @Test
    void thePagesFormStillPublishesAndBearerClientsPostEmptyBodies() {
        Authors.create(Authors.newQuestion("csrf-page", "csrf-role", "design", "page posts")).statusCode(201);
        Authors.create(Authors.newQuestion("csrf-api", "csrf-role", "design", "api posts")).statusCode(201);
        Response page = browser().get("/author/questions/csrf-page");
        String token = Jsoup.parse(page.asString()).select("form[action$=/publish] input[name=csrf-token]").val();

        browser().cookie("csrf-token", page.cookie("csrf-token")).formParam("csrf-token", token)
                .post("/author/questions/csrf-page/publish").then().statusCode(303);
        // htmx sends the page's token as a header.
        browser().cookie("csrf-token", page.cookie("csrf-token")).header("X-CSRF-TOKEN", token)
                .post("/api/v1/questions/csrf-api/publish").then().statusCode(200);
        given().auth().oauth2(ADMIN).post("/api/v1/questions/csrf-api/retire").then().statusCode(200);

        Authors.admin().get("/api/v1/questions/csrf-page/versions/1").then().body("status", equalTo("published"));
        Authors.admin().get("/api/v1/questions/csrf-api/versions/1").then().body("status", equalTo("retired"));
    }

    private static RequestSpecification browser() {
        return given().redirects().follow(false).cookie(TokenIssuer.COOKIE, ADMIN);
    }
}
