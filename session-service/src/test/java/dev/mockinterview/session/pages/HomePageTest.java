package dev.mockinterview.session.pages;

import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class HomePageTest {

    @Test
    void theHomePageSendsEachRoleToItsOwnPages() {
        Map<String, String> startByRole = Map.of("candidate", "/interviews", "recruiter", "/recruiter/reports",
                "admin", "/author/questions");

        startByRole.forEach((role, start) -> given().auth().oauth2(TestInfrastructure.token(role, "someone"))
                .redirects().follow(false)
                .get("/")
                .then().statusCode(303).header("Location", endsWith(start)));
    }

    @Test
    void aUserWithoutAPlatformRoleIsForbiddenAndAStrangerMustSignIn() {
        given().auth().oauth2(TestInfrastructure.token("guest", "gus")).get("/").then().statusCode(403);
        given().redirects().follow(false).get("/").then().statusCode(401);
    }
}
