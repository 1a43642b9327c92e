package dev.mockinterview.scoring.testing;

import dev.mockinterview.contracts.Topics;
import dev.mockinterview.scoring.domain.Assessment;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestEvents.answerSubmitted;
import static dev.mockinterview.scoring.testing.TestEvents.questionPublished;
import static dev.mockinterview.scoring.testing.TestReports.awaitReport;
import static io.restassured.RestAssured.given;

/** Reviews of answer scores through the API, and sessions to review. */
public final class TestReviews {
    /** The recruiter who owns {@link #ASSESSMENT}. */
    public static final String OWNER = "demo-recruiter";
    /** The assessment the reviewed test sessions are taken for. */
    public static final Assessment ASSESSMENT = TestEvents.assessmentOf(OWNER);
    public static final String REVIEWS = "/api/v1/reports/{sessionId}/answers/{answerId}/reviews";

    private TestReviews() {
    }

    /** Posts a review (a JSON text or an object to serialise) as a user of the role and returns the response. */
    public static ValidatableResponse review(String role, String subject, UUID sessionId, UUID answerId,
                                             Object body) {
        return given().auth().oauth2(TestInfrastructure.token(role, subject)).contentType(ContentType.JSON)
                .body(body)
                .when().post(REVIEWS, sessionId, answerId)
                .then();
    }

    /** Posts a review as the owner of the session's assessment, expecting 201. */
    public static ValidatableResponse ownerReviews(UUID sessionId, UUID answerId, Object body) {
        return review("recruiter", OWNER, sessionId, answerId, body).statusCode(201);
    }

    /** A candidate's private practice of one answer to a new question, scored; returns the answer's id. */
    public static UUID practiceAnswer(UUID sessionId, String candidateId, String text) {
        String questionId = "q-" + UUID.randomUUID();
        UUID answerId = UUID.randomUUID();
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, questionId, questionPublished(questionId, "api-design"));
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(),
                answerSubmitted(sessionId, answerId, candidateId, 1, questionId, text));
        awaitReport(sessionId, report -> report.getList("answers").size() == 1);
        return answerId;
    }
}
