package dev.mockinterview.scoring.api;

import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.scoring.domain.scorer.RubricScorer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class PreviewingAnAnswerTest {
    private static final String PREVIEW = "/api/v1/scoring/preview";
    private static final String PROMPT = "Which HTTP methods are idempotent, and why does it matter to a client that "
            + "retries?";
    private static final String MODEL_ANSWER = "GET, PUT and DELETE are idempotent: repeating them leaves the same "
            + "server state. POST is not, so a retried POST can create a duplicate unless an idempotency key is used.";
    private static final List<Map<String, Object>> KEY_POINTS = List.of(
            Map.of("text", "GET, PUT and DELETE are idempotent, POST is not", "weight", 2.0,
                    "alternatives", List.of("POST creates a new resource each time")),
            Map.of("text", "Retrying a POST can create duplicates unless an idempotency key is used", "weight", 1.5,
                    "alternatives", List.of()));
    private static final String ANSWER = "GET, PUT and DELETE can be repeated safely, POST cannot. A client that "
            + "retries a POST after a timeout may create a second order, unless it sends an idempotency key.";

    @Test
    void anAuthorSeesTheScoreBandKeyPointsAndEvidenceOfASampleAnswer() {
        var preview = as("admin").body(Map.of("question", question(KEY_POINTS), "answer", ANSWER))
                .when().post(PREVIEW)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("scorerVersion", equalTo(RubricScorer.VERSION))
                .body("band", isOneOf("GOOD", "STRONG"))
                .body("flags", hasSize(0))
                .body("keyPoints", hasSize(2))
                .body("keyPoints.text", equalTo(List.of(KEY_POINTS.get(0).get("text"), KEY_POINTS.get(1).get("text"))))
                .body("keyPoints.status", everyItem(isOneOf("covered", "partial")))
                .extract().jsonPath();

        assertThat(preview.getInt("score")).isBetween(60, 100);
        assertThat(preview.getList("keyPoints.evidence", String.class)).allSatisfy(
                evidence -> assertThat(List.of("GET, PUT and DELETE can be repeated safely, POST cannot.",
                        "A client that retries a POST after a timeout may create a second order, unless it sends "
                                + "an idempotency key.")).contains(evidence));
    }

    @Test
    void withoutKeyPointsTheModelAnswerIsTheOneKeyPoint() {
        Map<String, Object> question = Map.of("prompt", PROMPT, "modelAnswer", MODEL_ANSWER);

        as("recruiter").body(Map.of("question", question, "answer", ANSWER))
                .when().post(PREVIEW)
                .then().statusCode(200)
                .body("keyPoints.text", equalTo(List.of(MODEL_ANSWER.strip())));
    }

    @Test
    void anEmptyAnswerIsPreviewedAsEmptyWithNoPraise() {
        as("admin").body(Map.of("question", question(KEY_POINTS), "answer", "  "))
                .when().post(PREVIEW)
                .then().statusCode(200)
                .body("score", equalTo(0))
                .body("band", equalTo("WEAK"))
                .body("flags", equalTo(List.of("EMPTY")))
                .body("keyPoints.status", everyItem(equalTo("missing")))
                .body("keyPoints.evidence", everyItem(equalTo(null)));
    }

    @Test
    void theSamePreviewTwiceIsTheSameByteForByte() {
        Map<String, Object> body = Map.of("question", question(KEY_POINTS), "answer", ANSWER);

        String first = as("admin").body(body).when().post(PREVIEW).then().statusCode(200).extract().asString();
        String second = as("admin").body(body).when().post(PREVIEW).then().statusCode(200).extract().asString();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anUnknownFieldIsAProblemNamingIt() {
        Map<String, Object> question = Map.of("prompt", PROMPT, "modelAnswer", MODEL_ANSWER, "keyPoint", KEY_POINTS);

        as("admin").body(Map.of("question", question, "answer", ANSWER))
                .when().post(PREVIEW)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("question.keyPoint")));
    }

    @Test
    void missingAndOversizedFieldsAreProblemsNamingEachField() {
        Map<String, Object> question = Map.of("prompt", "", "modelAnswer", "x".repeat(8001),
                "keyPoints", List.of(Map.of("text", "GET is idempotent", "weight", 0, "alternatives",
                        List.of("a", "b", "c", "d", "e"))));

        as("admin").body(Map.of("question", question, "answer", "y".repeat(10_001)))
                .when().post(PREVIEW)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("question.prompt"))
                .body("violations.field", hasItem("question.modelAnswer"))
                .body("violations.field", hasItem("question.keyPoints[0].weight"))
                .body("violations.field", hasItem("question.keyPoints[0].alternatives"))
                .body("violations.field", hasItem("answer"));
    }

    @Test
    void tooManyKeyPointsAndAWeightThatIsNotANumberAreRefused() {
        List<Map<String, Object>> thirteen = java.util.Collections.nCopies(13, KEY_POINTS.get(0));
        as("admin").body(Map.of("question", question(thirteen), "answer", ANSWER))
                .when().post(PREVIEW)
                .then().statusCode(400)
                .body("violations.field", hasItem("question.keyPoints"));

        String wrongType = "{\"question\": {\"prompt\": \"p\", \"modelAnswer\": \"m\", \"keyPoints\": [{\"text\": "
                + "\"t\", \"weight\": \"heavy\"}]}, \"answer\": \"a\"}";
        as("admin").body(wrongType)
                .when().post(PREVIEW)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("question.keyPoints[0].weight")));
    }

    @Test
    void aBodyThatIsNotJsonOrHasNoQuestionIsAProblem() {
        as("admin").body("{\"answer\": \"GET\"").when().post(PREVIEW)
                .then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("Exception")));
        as("admin").body(Map.of("answer", ANSWER)).when().post(PREVIEW)
                .then().statusCode(400).body("violations.field", hasItem("question"));
    }

    @Test
    void withoutATokenThePreviewAnswers401() {
        given().contentType(ContentType.JSON).body(Map.of("question", question(KEY_POINTS), "answer", ANSWER))
                .when().post(PREVIEW)
                .then().statusCode(401);
    }

    @Test
    void aCandidateMayNotPreviewScores() {
        as("candidate").body(Map.of("question", question(KEY_POINTS), "answer", ANSWER))
                .when().post(PREVIEW)
                .then().statusCode(403);
    }

    private static Map<String, Object> question(List<Map<String, Object>> keyPoints) {
        return Map.of("prompt", PROMPT, "modelAnswer", MODEL_ANSWER, "keyPoints", keyPoints);
    }

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestInfrastructure.token(role, role + "-1")).contentType(ContentType.JSON);
    }
}
