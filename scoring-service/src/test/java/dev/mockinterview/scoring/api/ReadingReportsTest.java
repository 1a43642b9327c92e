package dev.mockinterview.scoring.api;

import dev.mockinterview.contracts.Topics;
import dev.mockinterview.scoring.domain.Assessment;
import dev.mockinterview.testsupport.CapturedLogs;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.scoring.domain.scorer.RubricScorer;
import dev.mockinterview.web.AdminReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestEvents.QUESTION_ID;
import static dev.mockinterview.scoring.testing.TestEvents.answerSubmitted;
import static dev.mockinterview.scoring.testing.TestEvents.assessmentOf;
import static dev.mockinterview.scoring.testing.TestEvents.hidingFeedback;
import static dev.mockinterview.scoring.testing.TestEvents.inAssessment;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestEvents.questionPublished;
import static dev.mockinterview.scoring.testing.TestEvents.sessionCompleted;
import static dev.mockinterview.scoring.testing.TestReports.awaitReport;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
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
        UUID sessionId = scoredSession("cora", null, true);

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
        UUID sessionId = scoredSession("cora", null, true);

        given().auth().oauth2(TestInfrastructure.token("candidate", "carl"))
                .when().get(REPORT, sessionId)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body(not(containsString("cora")));
    }

    @Test
    void theRecruiterWhoOwnsTheAssessmentAndAdminsReadItsReportAnotherRecruiterFindsNone() {
        Assessment ritas = assessmentOf("rita");
        UUID sessionId = scoredSession("cora", ritas, true);

        for (String[] reader : new String[][]{{"recruiter", "rita"}, {"admin", "ada"}}) {
            given().auth().oauth2(TestInfrastructure.token(reader[0], reader[1]))
                    .when().get(REPORT, sessionId)
                    .then().statusCode(200)
                    .body("candidateId", equalTo("cora"))
                    .body("assessment.assessmentId", equalTo(ritas.assessmentId().toString()))
                    .body("assessment.title", equalTo(ritas.title()))
                    .body("feedbackHidden", equalTo(false))
                    .body("overallScore", notNullValue());
        }
        given().auth().oauth2(TestInfrastructure.token("recruiter", "rob"))
                .when().get(REPORT, sessionId)
                .then().statusCode(404)
                .body(not(containsString("cora")));
    }

    @Test
    void noRecruiterReadsPracticeAndEveryAdminReadOfItIsOnTheAuditTrail() {
        UUID sessionId = scoredSession("cora", null, true);

        try (CapturedLogs logs = CapturedLogs.start()) {
            given().auth().oauth2(TestInfrastructure.token("recruiter", "rita"))
                    .when().get(REPORT, sessionId)
                    .then().statusCode(404);
            given().auth().oauth2(TestInfrastructure.token("candidate", "cora"))
                    .when().get(REPORT, sessionId)
                    .then().statusCode(200)
                    .body("assessment", nullValue())
                    .body("overallScore", notNullValue());
            assertThat(auditLines(logs)).isEmpty();

            given().auth().oauth2(TestInfrastructure.token("admin", "ada"))
                    .when().get(REPORT, sessionId)
                    .then().statusCode(200)
                    .body("candidateId", equalTo("cora"));

            assertThat(auditLines(logs)).singleElement().isEqualTo(
                    "admin-read-practice admin=ada candidate=cora session=" + sessionId + " what=api report");
        }
    }

    @Test
    void theCandidateOfAnAssessmentThatHidesFeedbackSeesTheSessionCompleteButNoScore() {
        UUID sessionId = scoredSession("cora", hidingFeedback("rita"), true);

        given().auth().oauth2(TestInfrastructure.token("candidate", "cora"))
                .when().get(REPORT, sessionId)
                .then().statusCode(200)
                .body("status", equalTo("COMPLETE"))
                .body("feedbackHidden", equalTo(true))
                .body("$", hasKey("overallScore"))
                .body("overallScore", nullValue())
                .body("topicScores", empty())
                .body("strongestKeyPoints", empty())
                .body("weakestKeyPoints", empty())
                .body("answers.position", equalTo(List.of(1)))
                .body("answers[0].score", nullValue())
                .body("answers[0].band", nullValue())
                .body("answers[0].keyPoints", empty())
                .body("answers[0].feedback", empty());
        given().auth().oauth2(TestInfrastructure.token("recruiter", "rita"))
                .when().get(REPORT, sessionId)
                .then().statusCode(200)
                .body("feedbackHidden", equalTo(false))
                .body("overallScore", notNullValue())
                .body("answers[0].score", notNullValue())
                .body("answers[0].keyPoints", not(empty()));
    }

    @Test
    void aReportIsPendingWithTheAnswersScoredSoFarUntilTheSessionCompletes() {
        UUID sessionId = scoredSession("cora", null, false);

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

    private static List<String> auditLines(CapturedLogs logs) {
        return logs.lines().stream().filter(line -> line.logger().equals(AdminReads.CATEGORY))
                .map(CapturedLogs.Line::message).toList();
    }

    // A session of the candidate with one scored answer to the canonical question, completed or still running, taken
    // for the assessment (null: practice).
    private static UUID scoredSession(String candidateId, Assessment assessment, boolean completed) {
        UUID sessionId = UUID.randomUUID();
        UUID answerId = UUID.randomUUID();
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, QUESTION_ID, questionPublished(QUESTION_ID));
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(), inAssessment(
                answerSubmitted(sessionId, answerId, candidateId, 1, QUESTION_ID, canonicalAnswerText()), assessment));
        if (completed) {
            KafkaTestClient.send(Topics.SESSION_COMPLETED, sessionId.toString(), inAssessment(
                    sessionCompleted(sessionId, candidateId, 1, List.of(answerId)), assessment));
            awaitReport(sessionId, "COMPLETE");
        } else {
            awaitReport(sessionId, report -> report.getList("answers").size() == 1);
        }
        return sessionId;
    }
}
