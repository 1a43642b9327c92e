package dev.mockinterview.question.api;

import dev.mockinterview.localstack.testing.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ReadingTheCatalogueTest {

    @Test
    void aRecruiterListsTheShippedBackEndQuestionsWithTheirRubrics() {
        List<Map<String, Object>> items = given().auth().oauth2(TestInfrastructure.token("recruiter", "rita"))
                .queryParam("role", "backend-engineer")
                .when().get("/api/v1/questions")
                .then().statusCode(200)
                .body("total", equalTo(6))
                .body("page", equalTo(0))
                .extract().jsonPath().getList("items");

        assertThat(items).hasSize(6);
        assertThat(items).extracting(item -> item.get("id"))
                .containsExactly("cap-theorem", "database-normalization", "idempotent-http-methods",
                        "rest-vs-graphql", "stateless-service-state", "sync-vs-async-processing");
        assertThat(items).allSatisfy(item -> {
            assertThat(item).containsEntry("status", "published").containsEntry("version", 1);
            assertThat((List<?>) item.get("keyPoints")).hasSizeBetween(3, 8);
            assertThat((String) item.get("modelAnswer")).isNotBlank();
        });
    }

    @Test
    void pagesSplitTheListAndKeepTheTotal() {
        given().auth().oauth2(TestInfrastructure.token("admin", "ada"))
                .queryParam("size", 4).queryParam("page", 1)
                .when().get("/api/v1/questions")
                .then().statusCode(200)
                .body("total", equalTo(6))
                .body("items.id", equalTo(List.of("stateless-service-state", "sync-vs-async-processing")));
    }

    @Test
    void aCandidateReadsAQuestionWithoutItsModelAnswerOrRubric() {
        given().auth().oauth2(TestInfrastructure.token("candidate", "carl"))
                .when().get("/api/v1/questions/cap-theorem")
                .then().statusCode(200)
                .body("id", equalTo("cap-theorem"))
                .body("prompt", containsString("CAP theorem"))
                .body("timeLimitSeconds", equalTo(480))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("modelAnswer")))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("keyPoints")));
    }

    @Test
    void anUnknownQuestionIsAProblemWith404() {
        given().auth().oauth2(TestInfrastructure.token("recruiter", "rita"))
                .when().get("/api/v1/questions/no-such-question")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("no-such-question"));
    }

    @Test
    void aPageSizeOutOfRangeIsAProblemNamingTheField() {
        given().auth().oauth2(TestInfrastructure.token("recruiter", "rita"))
                .queryParam("size", 1000)
                .when().get("/api/v1/questions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("size")));
    }

    @Test
    void aRoleThatIsNotASlugIsAProblemNamingTheField() {
        given().auth().oauth2(TestInfrastructure.token("recruiter", "rita"))
                .queryParam("role", "'; drop table question; --")
                .when().get("/api/v1/questions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("role")));
    }

    @Test
    void withoutATokenTheCatalogueAnswers401() {
        given().when().get("/api/v1/questions").then().statusCode(401);
    }

    @Test
    void aTokenWithoutAPlatformRoleIsForbidden() {
        given().auth().oauth2(TestInfrastructure.token("guest", "gus"))
                .accept(ContentType.JSON)
                .when().get("/api/v1/questions/cap-theorem")
                .then().statusCode(403);
    }
}
