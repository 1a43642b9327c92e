package dev.mockinterview.session.api;

import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.session.CatalogueFixture;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class DrawingQuestionsTest {
    private static final String ROLE = "draw-test-role";
    private static boolean catalogueReady;

    @BeforeEach
    void catalogueHasTwoTopicsAtTwoDifficulties() {
        if (catalogueReady) {
            return;
        }
        catalogueReady = true;
        CatalogueFixture.publish("draw-caching-junior", 1, ROLE, "caching", "junior");
        CatalogueFixture.publish("draw-caching-senior", 1, ROLE, "caching", "senior");
        CatalogueFixture.publish("draw-security-junior", 1, ROLE, "security", "junior");
        CatalogueFixture.publish("draw-security-senior", 1, ROLE, "security", "senior");
        String probe = TestInfrastructure.token("candidate", "probe");
        await().atMost(Duration.ofSeconds(30)).until(() -> start(probe, 4, null, null).extract().statusCode() == 201);
    }

    @Test
    void aSessionDrawsOnlyFromTheRequestedTopicsAndDifficulty() {
        String candidate = TestInfrastructure.token("candidate", "tara");

        assertThat(allQuestionIds(candidate, start(candidate, 2, List.of("caching"), null)))
                .containsExactlyInAnyOrder("draw-caching-junior", "draw-caching-senior");
        assertThat(allQuestionIds(candidate, start(candidate, 2, null, "senior")))
                .containsExactlyInAnyOrder("draw-caching-senior", "draw-security-senior");
    }

    @Test
    void questionsAreSpreadAcrossTopics() {
        String candidate = TestInfrastructure.token("candidate", "sam");

        List<String> ids = allQuestionIds(candidate, start(candidate, 2, null, null));

        assertThat(ids).anyMatch(id -> id.contains("caching")).anyMatch(id -> id.contains("security"));
    }

    @Test
    void theNextSessionAvoidsTheQuestionsOfTheCandidatesRecentSessions() {
        String candidate = TestInfrastructure.token("candidate", "rita-again");

        List<String> first = allQuestionIds(candidate, start(candidate, 2, null, null));
        List<String> second = allQuestionIds(candidate, start(candidate, 2, null, null));

        assertThat(second).doesNotContainAnyElementsOf(first);
    }

    @Test
    void aRequestTheBankCannotSatisfyIsUnprocessableAndSaysWhy() {
        String candidate = TestInfrastructure.token("candidate", "uma");

        start(candidate, 3, List.of("caching"), "junior").statusCode(422)
                .body("type", endsWith("/not-enough-questions"))
                .body("detail", containsString("caching"));
        start(candidate, 1, null, "expert").statusCode(400).body("violations.field", hasItem("difficulty"));
        start(candidate, 1, List.of("Not A Slug"), null).statusCode(400)
                .body("violations.field", hasItem(containsString("topics")));
    }

    private static ValidatableResponse start(String token, int count, List<String> topics, String difficulty) {
        StringBuilder body = new StringBuilder("{\"role\": \"" + ROLE + "\", \"questionCount\": " + count);
        if (topics != null) {
            body.append(", \"topics\": [\"").append(String.join("\", \"", topics)).append("\"]");
        }
        if (difficulty != null) {
            body.append(", \"difficulty\": \"").append(difficulty).append("\"");
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body.append("}").toString())
                .post("/api/v1/sessions").then();
    }

    // Answers every question in turn, so that the session reveals all of them, and returns their ids.
    private static List<String> allQuestionIds(String token, ValidatableResponse started) {
        String id = started.statusCode(201).extract().path("id");
        int count = started.extract().path("questionCount");
        for (int position = 1; position <= count; position++) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"text\": \"an answer\"}")
                    .put("/api/v1/sessions/" + id + "/answers/" + position).then().statusCode(200);
        }
        return given().auth().oauth2(token).get("/api/v1/sessions/" + id).then().statusCode(200)
                .extract().path("questions.questionId");
    }
}
