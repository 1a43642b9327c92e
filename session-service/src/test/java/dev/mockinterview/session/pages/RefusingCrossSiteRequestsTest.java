package dev.mockinterview.session.pages;

import dev.mockinterview.localstack.TokenIssuer;
import dev.mockinterview.session.CatalogueFixture;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Another site can make a signed-in candidate's browser post to skip, complete or abandon an interview, with the
 * sign-in cookie: whatever the body, nothing happens without the token of a page of this site. API clients, with
 * a bearer token, need none.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class RefusingCrossSiteRequestsTest {
    private static final String ROLE = "csrf-role";
    private static final String CANDIDATE = TestInfrastructure.token("candidate", "csrf-cora");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static boolean catalogueReady;

    @BeforeEach
    void catalogueHasTwoQuestions() {
        if (!catalogueReady) {
            CatalogueFixture.publishRole(ROLE, 2, CANDIDATE);
            catalogueReady = true;
        }
    }

    @Test
    void aPostWithTheCookieButNoTokenIsRefusedWhateverItsBody() {
        String id = start();
        String interview = "/interviews/" + id;

        browser().formParam("confirm", "yes").post(interview + "/complete").then().statusCode(400);
        browser().post(interview + "/complete").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("CSRF token"));
        browser().contentType(ContentType.TEXT).body("x").post(interview + "/answers/1/skip").then().statusCode(403);
        browser().post("/api/v1/sessions/" + id + "/abandon").then().statusCode(403);

        api().get("/api/v1/sessions/" + id).then().body("status", equalTo("IN_PROGRESS"))
                .body("currentPosition", equalTo(1));
    }

    @Test
    void thePagesFormStillFinishesAndBearerClientsPostEmptyBodies() {
        String interview = "/interviews/" + start();
        Response page = browser().get(interview);
        Matcher token = CSRF_FIELD.matcher(page.asString());
        assertThat(token.find()).isTrue();

        browser().cookie("csrf-token", page.cookie("csrf-token")).formParam("csrf-token", token.group(1))
                .post(interview + "/complete").then().statusCode(303);
        api().post("/api/v1/sessions/" + start() + "/complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
    }

    private static String start() {
        return api().contentType(ContentType.JSON).body("{\"role\": \"" + ROLE + "\", \"questionCount\": 2}")
                .post("/api/v1/sessions").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification api() {
        return given().auth().oauth2(CANDIDATE);
    }

    private static RequestSpecification browser() {
        return given().redirects().follow(false).cookie(TokenIssuer.COOKIE, CANDIDATE);
    }
}
