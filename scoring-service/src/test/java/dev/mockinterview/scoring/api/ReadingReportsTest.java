package dev.mockinterview.scoring.api;

import dev.mockinterview.contracts.Topics;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.scoring.domain.scorer.RubricScorer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestEvents.QUESTION_ID;
import static dev.mockinterview.scoring.testing.TestEvents.answerSubmitted;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestEvents.questionPublished;
import static dev.mockinterview.scoring.testing.TestEvents.sessionCompleted;
import static dev.mockinterview.scoring.testing.TestReports.awaitReport;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ReadingReportsTest {
    private static final String REPORT = "/api/v1/reports/{sessionId}";

    @Test
    void theCandidateWhoseSessionItIsReadsTheReport() {
        UUID sessionId = scoredSession("cora", true);

        given().auth().oauth2(TestInfrastructure.token("candidate", "cora"))
                .when().get(REPORT, sessionId)
                .then().statusCode(200)
                .body("sessionId", equalTo(sessionId.toString()))
                .body("candidateId", equalTo("cora"))
                .body("status", equalTo("COMPLETE"))
                .body("overallScore", notNullValue())
                .body("answers", hasSize(1))
                .body("answers[0].position", equalTo(1))
                .body("answers[0].questionId", equalTo(QUESTION_ID))
                .body("answers[0].questionVersion", equalTo(1))
                .body("answers[0].score", notNullValue())
                .body("answers[0].scorerVersion", equalTo(RubricScorer.VERSION));
    }

    @Test
    void anotherCandidatesSessionAnswers404AsIfItDidNotExist() {
        UUID sessionId = scoredSession("cora", true);

        given().auth().oauth2(TestInfrastructure.token("candidate", "carl"))
                .when().get(REPORT, sessionId)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body(not(containsString("cora")));
    }

    @Test
    void aRecruiterAndAnAdminReadAnyCandidatesReport() {
        UUID sessionId = scoredSession("cora", true);

        for (String role : List.of("recruiter", "admin")) {
            given().auth().oauth2(TestInfrastructure.token(role, "staff"))
                    .when().get(REPORT, sessionId)
                    .then().statusCode(200)
                    .body("candidateId", equalTo("cora"));
        }
    }

    @Test
    void aReportIsPendingWithTheAnswersScoredSoFarUntilTheSessionCompletes() {
        UUID sessionId = scoredSession("cora", false);

        given().auth().oauth2(TestInfrastructure.token("candidate", "cora"))
                .when().get(REPORT, sessionId)
                .then().statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("$", hasKey("overallScore"))
                .body("overallScore", nullValue())
                .body("answers.position", equalTo(List.of(1)));
    }

    @Test
    void anUnknownSessionIsAProblemWith404() {
        UUID unknown = UUID.randomUUID();

        given().auth().oauth2(TestInfrastructure.token("recruiter", "rita"))
                .when().get(REPORT, unknown)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString(unknown.toString()));
    }

    @Test
    void aSessionIdThatIsNotAUuidIsAProblemNamingTheField() {
        given().auth().oauth2(TestInfrastructure.token("recruiter", "rita"))
                .when().get(REPORT, "not-a-uuid")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("sessionId"));
    }

    @Test
    void withoutATokenAReportAnswers401() {
        given().when().get(REPORT, UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void aTokenWithoutAPlatformRoleIsForbidden() {
        given().auth().oauth2(TestInfrastructure.token("guest", "gus"))
                .accept(ContentType.JSON)
                .when().get(REPORT, UUID.randomUUID())
                .then().statusCode(403);
    }

    // A session of the candidate with one scored answer to the canonical question, completed or still running.
    private static UUID scoredSession(String candidateId, boolean completed) {
        UUID sessionId = UUID.randomUUID();
        UUID answerId = UUID.randomUUID();
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, QUESTION_ID, questionPublished(QUESTION_ID));
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(),
                answerSubmitted(sessionId, answerId, candidateId, 1, QUESTION_ID, canonicalAnswerText()));
        if (completed) {
            KafkaTestClient.send(Topics.SESSION_COMPLETED, sessionId.toString(),
                    sessionCompleted(sessionId, candidateId, 1, List.of(answerId)));
            awaitReport(sessionId, "COMPLETE");
        } else {
            awaitReport(sessionId, report -> report.getList("answers").size() == 1);
        }
        return sessionId;
    }
}
