package dev.mockinterview.session.api;

import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.session.CatalogueFixture;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class RunningAnInterviewTest {
    private static final String ROLE = "interview-test-role";
    private static boolean catalogueReady;

    // A candidate of each test's own, so that no test uses up another's limits (3 sessions in progress at once).
    private final String name = "cora-" + UUID.randomUUID();
    private final String candidate = TestInfrastructure.token("candidate", name);

    @BeforeEach
    void catalogueHasFourQuestions() {
        if (!catalogueReady) {
            CatalogueFixture.publishRole(ROLE, 4, candidate);
            catalogueReady = true;
        }
    }

    @Test
    void aCandidateStartsASessionAndSeesOnlyTheFirstQuestion() {
        String id = start(3)
                .statusCode(201)
                .header("Location", containsString("/api/v1/sessions/"))
                .body("status", equalTo("IN_PROGRESS"))
                .body("candidateId", equalTo(name))
                .body("questionCount", equalTo(3))
                .body("currentPosition", equalTo(1))
                .body("questions", hasSize(1))
                .body("questions[0].position", equalTo(1))
                .body("questions[0].prompt", containsString("HTTP methods"))
                .extract().path("id");

        given().auth().oauth2(candidate).get("/api/v1/sessions/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("questions", hasSize(1));
    }

    @Test
    void answeringInOrderRevealsTheNextQuestionAndCompletingShowsThemAll() {
        String id = start(3).statusCode(201).extract().path("id");

        answer(id, 1, "first answer").statusCode(200).body("position", equalTo(1)).body("answerId", notNullValue());
        given().auth().oauth2(candidate).get("/api/v1/sessions/" + id)
                .then().statusCode(200).body("currentPosition", equalTo(2)).body("questions", hasSize(2))
                .body("questions[0].answered", equalTo(true));

        given().auth().oauth2(candidate).contentType(ContentType.JSON).post("/api/v1/sessions/" + id + "/complete")
                .then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("endedAs", equalTo("FINISHED"))
                .body("currentPosition", nullValue())
                .body("questions", hasSize(3));
    }

    @Test
    void theSameAnswerAgainIsAcceptedOnceAndOtherTextIsAConflict() {
        String id = start(2).statusCode(201).extract().path("id");
        String answerId = answer(id, 1, "GET and PUT are idempotent").statusCode(200).extract().path("answerId");

        answer(id, 1, "GET and PUT are idempotent").statusCode(200).body("answerId", equalTo(answerId));
        answer(id, 1, "something else").statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/answer-conflict"));
    }

    @Test
    void aPositionAheadOfTheCurrentQuestionIsAConflictAndOneOutsideTheSessionIsNotFound() {
        String id = start(3).statusCode(201).extract().path("id");

        answer(id, 3, "too early").statusCode(409).body("type", endsWith("/position-not-current"));
        answer(id, 99, "nowhere").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aCompletedSessionTakesNoMoreAnswersAndCompletingTwiceChangesNothing() {
        String id = start(2).statusCode(201).extract().path("id");
        String completedAt = given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .post("/api/v1/sessions/" + id + "/complete")
                .then().statusCode(200).extract().path("completedAt");

        answer(id, 1, "late").statusCode(409).body("type", endsWith("/session-not-in-progress"));
        given().auth().oauth2(candidate).contentType(ContentType.JSON).post("/api/v1/sessions/" + id + "/complete")
                .then().statusCode(200).body("completedAt", equalTo(completedAt));
    }

    @Test
    void anotherCandidateCannotSeeOrAnswerTheSession() {
        String id = start(2).statusCode(201).extract().path("id");
        String intruder = TestInfrastructure.token("candidate", "ivan");

        given().auth().oauth2(intruder).get("/api/v1/sessions/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(intruder).contentType(ContentType.JSON).body("{\"text\": \"mine now\"}")
                .put("/api/v1/sessions/" + id + "/answers/1")
                .then().statusCode(404);
        // Practice is private: a recruiter is a stranger to it too.
        given().auth().oauth2(TestInfrastructure.token("recruiter", "rita")).get("/api/v1/sessions/" + id)
                .then().statusCode(404);
    }

    @Test
    void skippingTheCurrentQuestionRevealsTheNextAndTheSkippedOneTakesNoAnswer() {
        String id = start(3).statusCode(201).extract().path("id");

        skip(id, 1).statusCode(200)
                .body("currentPosition", equalTo(2))
                .body("questions", hasSize(2))
                .body("questions[0].skipped", equalTo(true))
                .body("questions[0].answered", equalTo(false));
        skip(id, 1).statusCode(200).body("currentPosition", equalTo(2));
        answer(id, 1, "too late now").statusCode(409).body("type", endsWith("/question-skipped"));
        skip(id, 3).statusCode(409).body("type", endsWith("/position-not-current"));
        answer(id, 2, "an answer").statusCode(200);
        skip(id, 2).statusCode(409).body("type", endsWith("/answer-conflict"));
    }

    @Test
    void abandoningEndsTheSessionAsAbandonedAndTakesNoMoreAnswers() {
        String id = start(2).statusCode(201).extract().path("id");
        answer(id, 1, "one answer").statusCode(200);

        given().auth().oauth2(candidate).contentType(ContentType.JSON).post("/api/v1/sessions/" + id + "/abandon")
                .then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("endedAs", equalTo("ABANDONED"));
        answer(id, 2, "after leaving").statusCode(409).body("type", endsWith("/session-not-in-progress"));
        given().auth().oauth2(candidate).contentType(ContentType.JSON).post("/api/v1/sessions/" + id + "/complete")
                .then().statusCode(200).body("endedAs", equalTo("ABANDONED"));
    }

    @Test
    void aCandidateListsOnlyTheirOwnSessions() {
        String owner = TestInfrastructure.token("candidate", "lisa");
        given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body("{\"role\": \"" + ROLE + "\", \"questionCount\": 1}").post("/api/v1/sessions")
                .then().statusCode(201);

        given().auth().oauth2(owner).get("/api/v1/sessions")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].candidateId", equalTo("lisa"));
    }

    @Test
    void invalidRequestsAreProblemsNamingTheField() {
        given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .body("{\"role\": \"" + ROLE + "\", \"questionCount\": 0}").post("/api/v1/sessions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("questionCount"));
        given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .body("{\"questionCount\": 2}").post("/api/v1/sessions")
                .then().statusCode(400).body("violations.field", hasItem("role"));
        given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .body("{\"role\": \"" + ROLE + "\", \"questionCount\": \"many\"}").post("/api/v1/sessions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("questionCount"));
        given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .body("{not json").post("/api/v1/sessions")
                .then().statusCode(400).contentType("application/problem+json");

        String id = start(1).statusCode(201).extract().path("id");
        answer(id, 1, null).statusCode(400).body("violations.field", hasItem("text"));
        answer(id, 1, "x".repeat(10_001)).statusCode(400).body("violations.field", hasItem("text"));
    }

    @Test
    void aPageNumberPastTheBoundIsAProblemNamingIt() {
        given().auth().oauth2(candidate).queryParam("page", Integer.MAX_VALUE).get("/api/v1/sessions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("page"));
    }

    // A misspelt field would otherwise be dropped in silence: the session would start with the default count.
    @Test
    void anUnknownFieldIsRefusedByName() {
        given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .body("{\"role\": \"" + ROLE + "\", \"questionCuont\": 1}").post("/api/v1/sessions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("questionCuont"))
                .body("violations.message", hasItem("is not a known field"));
    }

    @Test
    void moreQuestionsThanTheCatalogueHoldsIsUnprocessable() {
        start(20).statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/not-enough-questions"));
    }

    @Test
    void anUnknownSessionIsNotFound() {
        given().auth().oauth2(candidate).get("/api/v1/sessions/8f1d6f52-0000-4000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void withoutATokenSessionsAnswer401AndRecruitersCannotStartThem() {
        given().contentType(ContentType.JSON).body("{\"role\": \"" + ROLE + "\", \"questionCount\": 1}")
                .post("/api/v1/sessions").then().statusCode(401);
        given().auth().oauth2(TestInfrastructure.token("recruiter", "rita")).contentType(ContentType.JSON)
                .body("{\"role\": \"" + ROLE + "\", \"questionCount\": 1}")
                .post("/api/v1/sessions").then().statusCode(403);
    }

    private ValidatableResponse start(int questionCount) {
        return given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .body("{\"role\": \"" + ROLE + "\", \"questionCount\": " + questionCount + "}")
                .post("/api/v1/sessions").then();
    }

    private ValidatableResponse skip(String sessionId, int position) {
        return given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .post("/api/v1/sessions/" + sessionId + "/answers/" + position + "/skip").then();
    }

    private ValidatableResponse answer(String sessionId, int position, String text) {
        String body = text == null ? "{\"text\": null}" : "{\"text\": \"" + text + "\"}";
        return given().auth().oauth2(candidate).contentType(ContentType.JSON).body(body)
                .put("/api/v1/sessions/" + sessionId + "/answers/" + position).then();
    }
}
