package dev.mockinterview.question.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.question.domain.QuestionBank;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
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
    private static final int LARGEST_PAGE = 100;
    /** The shipped bank, the only one the service seeds, as the catalogue should list it. */
    private static QuestionBank shipped;
    /** The shipped questions' ids. */
    private static List<String> shippedIds;

    @BeforeAll
    static void readTheShippedBank() throws IOException {
        try (InputStream in = ReadingTheCatalogueTest.class.getClassLoader()
                .getResourceAsStream("banks/backend-engineer.json")) {
            shipped = new ObjectMapper().readValue(in, QuestionBank.class);
        }
        shippedIds = shipped.questions().stream().map(QuestionBank.Entry::id).sorted().toList();
    }

    @Test
    void aRecruiterListsTheShippedBackEndQuestionsWithTheirRubrics() {
        List<Map<String, Object>> items = given().auth().oauth2(TestInfrastructure.token("recruiter", "rita"))
                .queryParam("role", "backend-engineer")
                .queryParam("size", LARGEST_PAGE)
                .when().get("/api/v1/questions")
                .then().statusCode(200)
                .body("total", equalTo(shippedIds.size()))
                .body("page", equalTo(0))
                .extract().jsonPath().getList("items");

        assertThat(shippedIds).as("the shipped bank fits on the largest page").hasSizeLessThanOrEqualTo(LARGEST_PAGE);
        assertThat(items).hasSize(shippedIds.size());
        assertThat(items).extracting(item -> (String) item.get("id")).containsExactlyElementsOf(shippedIds);
        assertThat(items).allSatisfy(item -> {
            assertThat(item).containsEntry("status", "published").containsEntry("version", 1);
            assertThat((List<?>) item.get("keyPoints")).hasSizeBetween(3, 8);
            assertThat((String) item.get("modelAnswer")).isNotBlank();
        });
    }

    @Test
    void pagesSplitTheListAndKeepTheTotal() {
        assertThat(shippedIds).as("the shipped bank fills more than one page of 4").hasSizeGreaterThan(4);
        List<String> wholeList = given().auth().oauth2(TestInfrastructure.token("admin", "ada"))
                .queryParam("role", "backend-engineer")
                .queryParam("size", LARGEST_PAGE)
                .when().get("/api/v1/questions")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);

        given().auth().oauth2(TestInfrastructure.token("admin", "ada"))
                .queryParam("role", "backend-engineer")
                .queryParam("size", 4).queryParam("page", 1)
                .when().get("/api/v1/questions")
                .then().statusCode(200)
                .body("total", equalTo(shippedIds.size()))
                .body("size", equalTo(4))
                .body("items.id", equalTo(wholeList.subList(4, Math.min(8, wholeList.size()))));
    }

    @Test
    void aCandidateReadsAQuestionWithoutItsModelAnswerOrRubric() {
        given().auth().oauth2(TestInfrastructure.token("candidate", "carl"))
                .when().get("/api/v1/questions/cap-theorem")
                .then().statusCode(200)
                .body("id", equalTo("cap-theorem"))
                .body("prompt", containsString("CAP theorem"))
                .body("timeLimitSeconds", equalTo(timeLimitOf("cap-theorem")))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("modelAnswer")))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("keyPoints")))
                // A recruiter's copy holds the rubric: no shared cache may serve one caller's copy to another.
                .header("Cache-Control", containsString("private"))
                .header("Vary", containsString("Authorization"))
                .header("Vary", containsString("Cookie"));
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

    private static int timeLimitOf(String id) {
        return shipped.questions().stream().filter(entry -> entry.id().equals(id)).findFirst()
                .orElseThrow().timeLimitSeconds();
    }
}
