package dev.mockinterview.scoring.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockinterview.contracts.EventContracts;
import dev.mockinterview.contracts.Topics;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestEvents.answerSubmitted;
import static dev.mockinterview.scoring.testing.TestEvents.questionPublished;
import static dev.mockinterview.scoring.testing.TestReports.awaitReport;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Reviews of answer scores through the API, and sessions to review. */
public final class TestReviews {
    /** The recruiter who owns the assessment of the contracts' examples, which every test session is taken for. */
    public static final String OWNER = "demo-recruiter";
    public static final String REVIEWS = "/api/v1/reports/{sessionId}/answers/{answerId}/reviews";
    private static final ObjectMapper JSON = new ObjectMapper();

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
        ObjectNode answer = parse(answerSubmitted(sessionId, answerId, candidateId, 1, questionId, text));
        ((ObjectNode) answer.get("data")).remove("assessment");
        assertThat(EventContracts.violations(answer.toString())).isEmpty();
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(), answer.toString());
        awaitReport(sessionId, report -> report.getList("answers").size() == 1);
        return answerId;
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
