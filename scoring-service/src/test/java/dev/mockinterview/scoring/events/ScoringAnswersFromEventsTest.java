package dev.mockinterview.scoring.events;

import dev.mockinterview.contracts.EventContracts;
import dev.mockinterview.contracts.EventTypes;
import dev.mockinterview.contracts.Topics;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.scoring.domain.AnswerScore;
import dev.mockinterview.scoring.domain.SessionProgress;
import dev.mockinterview.scoring.domain.scorer.RubricScorer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.ConsumerProgress.awaitAllConsumed;
import static dev.mockinterview.scoring.testing.TestEvents.QUESTION_ID;
import static dev.mockinterview.scoring.testing.TestEvents.answerSubmitted;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestEvents.example;
import static dev.mockinterview.scoring.testing.TestEvents.questionPublished;
import static dev.mockinterview.scoring.testing.TestEvents.sessionCompleted;
import static dev.mockinterview.scoring.testing.TestReports.awaitReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ScoringAnswersFromEventsTest {
    private static final String CANDIDATE = "demo-candidate";

    @Test
    void theConsumedEventsHonourTheirSchemas() {
        for (String type : EventTypes.ALL) {
            assertThat(EventContracts.violations(EventContracts.example(type))).as(type).isEmpty();
        }
    }

    @Test
    void theCanonicalExamplesEndInACompleteReportWithAScoredAnswer() {
        String answer = example("answer-submitted");
        UUID sessionId = UUID.fromString(JsonPath.from(answer).getString("data.sessionId"));

        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, QUESTION_ID, example("question-published"));
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(), answer);
        KafkaTestClient.send(Topics.SESSION_COMPLETED, sessionId.toString(), example("session-completed"));

        JsonPath report = awaitReport(sessionId, "COMPLETE");
        assertThat(report.getString("candidateId")).isEqualTo(CANDIDATE);
        assertThat(report.getList("answers")).hasSize(1);
        assertThat(report.getString("answers[0].questionId")).isEqualTo(QUESTION_ID);
        assertThat(report.getInt("answers[0].questionVersion")).isEqualTo(1);
        assertThat(report.getInt("answers[0].score")).isBetween(1, 100);
        assertThat(report.getDouble("overallScore")).isEqualTo(report.getInt("answers[0].score"));
    }

    @Test
    void theOverallScoreIsTheMeanOverAllQuestionsWithUnansweredOnesCountingZero() {
        UUID sessionId = UUID.randomUUID();
        List<UUID> answerIds = List.of(UUID.randomUUID(), UUID.randomUUID());
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, QUESTION_ID, questionPublished(QUESTION_ID));

        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(),
                answerSubmitted(sessionId, answerIds.get(0), CANDIDATE, 1, QUESTION_ID, canonicalAnswerText()));
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(),
                answerSubmitted(sessionId, answerIds.get(1), CANDIDATE, 3, QUESTION_ID, "POST is idempotent."));
        KafkaTestClient.send(Topics.SESSION_COMPLETED, sessionId.toString(),
                sessionCompleted(sessionId, CANDIDATE, 3, answerIds));

        JsonPath report = awaitReport(sessionId, "COMPLETE");
        List<Integer> scores = report.getList("answers.score", Integer.class);
        assertThat(report.getList("answers.position", Integer.class)).containsExactly(1, 3);
        assertThat(scores.get(0)).isGreaterThan(scores.get(1));
        assertThat(report.getDouble("overallScore")).isCloseTo((scores.get(0) + scores.get(1)) / 3.0, within(0.05));
    }

    @Test
    void anAnswerAndACompletionDeliveredTwiceAreAppliedOnce() {
        UUID sessionId = UUID.randomUUID();
        UUID answerId = UUID.randomUUID();
        String answer = answerSubmitted(sessionId, answerId, CANDIDATE, 1, QUESTION_ID, canonicalAnswerText());
        String completion = sessionCompleted(sessionId, CANDIDATE, 1, List.of(answerId));
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, QUESTION_ID, questionPublished(QUESTION_ID));
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(), answer);
        KafkaTestClient.send(Topics.SESSION_COMPLETED, sessionId.toString(), completion);
        JsonPath first = awaitReport(sessionId, "COMPLETE");
        Instant reportedAt = reportedAt(sessionId);

        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(), answer);
        KafkaTestClient.send(Topics.SESSION_COMPLETED, sessionId.toString(), completion);
        awaitAllConsumed(Topics.ANSWER_SUBMITTED);
        awaitAllConsumed(Topics.SESSION_COMPLETED);

        assertThat(scoreRows(answerId)).isEqualTo(1);
        assertThat(reportedAt(sessionId)).isEqualTo(reportedAt);
        assertThat(awaitReport(sessionId, "COMPLETE").getMap("$")).isEqualTo(first.getMap("$"));
    }

    @Test
    void aCompletionThatArrivesBeforeItsAnswerWaitsForIt() {
        UUID sessionId = UUID.randomUUID();
        UUID answerId = UUID.randomUUID();
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, QUESTION_ID, questionPublished(QUESTION_ID));

        KafkaTestClient.send(Topics.SESSION_COMPLETED, sessionId.toString(),
                sessionCompleted(sessionId, CANDIDATE, 1, List.of(answerId)));
        JsonPath pending = awaitReport(sessionId, "PENDING");
        assertThat(pending.getList("answers")).isEmpty();
        assertThat(pending.getMap("$")).containsEntry("overallScore", null);
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(),
                answerSubmitted(sessionId, answerId, CANDIDATE, 1, QUESTION_ID, canonicalAnswerText()));

        JsonPath report = awaitReport(sessionId, "COMPLETE");
        assertThat(report.getDouble("overallScore")).isEqualTo(report.getInt("answers[0].score"));
    }

    @Test
    void anAnswerThatArrivesBeforeItsQuestionVersionIsScoredWhenTheVersionArrives() {
        String questionId = "question-" + UUID.randomUUID();
        UUID sessionId = UUID.randomUUID();
        UUID answerId = UUID.randomUUID();

        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(),
                answerSubmitted(sessionId, answerId, CANDIDATE, 1, questionId, canonicalAnswerText()));
        KafkaTestClient.send(Topics.SESSION_COMPLETED, sessionId.toString(),
                sessionCompleted(sessionId, CANDIDATE, 1, List.of(answerId)));
        awaitAllConsumed(Topics.ANSWER_SUBMITTED);
        assertThat(awaitReport(sessionId, "PENDING").getList("answers")).isEmpty();
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, questionId, questionPublished(questionId));

        JsonPath report = awaitReport(sessionId, "COMPLETE");
        assertThat(report.getString("answers[0].questionId")).isEqualTo(questionId);
        assertThat(scoreOf(answerId).scorerVersion).isEqualTo(RubricScorer.VERSION);
        assertThat(scoreOf(answerId).questionVersion).isEqualTo(1);
    }

    @Test
    void eventsInAnyOrderEndInTheSameReport() {
        String questionId = "question-" + UUID.randomUUID();
        List<String> texts = List.of(canonicalAnswerText(), "POST is idempotent.");
        UUID inOrder = UUID.randomUUID();
        UUID reversed = UUID.randomUUID();
        List<String> inOrderEvents = sessionEvents(inOrder, questionId, texts);
        List<String> reversedEvents = sessionEvents(reversed, questionId, texts);

        // The first session's events arrive before the question version, completion first, answers last to first.
        KafkaTestClient.send(Topics.SESSION_COMPLETED, reversed.toString(), reversedEvents.get(2));
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, reversed.toString(), reversedEvents.get(1));
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, reversed.toString(), reversedEvents.get(0));
        awaitAllConsumed(Topics.ANSWER_SUBMITTED);
        awaitAllConsumed(Topics.SESSION_COMPLETED);
        assertThat(awaitReport(reversed, "PENDING").getList("answers")).isEmpty();
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, questionId, questionPublished(questionId));
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, inOrder.toString(), inOrderEvents.get(0));
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, inOrder.toString(), inOrderEvents.get(1));
        KafkaTestClient.send(Topics.SESSION_COMPLETED, inOrder.toString(), inOrderEvents.get(2));

        JsonPath first = awaitReport(inOrder, "COMPLETE");
        JsonPath second = awaitReport(reversed, "COMPLETE");
        for (String figure : List.of("overallScore", "topicScores", "strongestKeyPoints", "weakestKeyPoints",
                "timeTakenMillis", "answers.score", "answers.position", "answers.keyPoints", "answers.flags")) {
            assertThat(second.get(figure).toString()).as(figure).isEqualTo(first.get(figure).toString());
        }
    }

    // Two answers to the question at positions 1 and 2 and the completion of a session of three questions.
    private static List<String> sessionEvents(UUID sessionId, String questionId, List<String> texts) {
        UUID firstAnswer = UUID.randomUUID();
        UUID secondAnswer = UUID.randomUUID();
        return List.of(answerSubmitted(sessionId, firstAnswer, CANDIDATE, 1, questionId, texts.get(0)),
                answerSubmitted(sessionId, secondAnswer, CANDIDATE, 2, questionId, texts.get(1)),
                sessionCompleted(sessionId, CANDIDATE, 3, List.of(firstAnswer, secondAnswer)));
    }

    // Each session's last answer and its completion race on two consumer threads.
    @Test
    void sessionsWhoseLastAnswerAndCompletionArriveTogetherEachGetTheirReport() {
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, QUESTION_ID, questionPublished(QUESTION_ID));
        List<UUID> sessions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            UUID sessionId = UUID.randomUUID();
            UUID answerId = UUID.randomUUID();
            sessions.add(sessionId);
            KafkaTestClient.send(Topics.SESSION_COMPLETED, sessionId.toString(),
                    sessionCompleted(sessionId, CANDIDATE, 1, List.of(answerId)));
            KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(),
                    answerSubmitted(sessionId, answerId, CANDIDATE, 1, QUESTION_ID, canonicalAnswerText()));
        }

        for (UUID sessionId : sessions) {
            assertThat(awaitReport(sessionId, "COMPLETE").getList("answers")).hasSize(1);
        }
    }

    private static long scoreRows(UUID answerId) {
        return QuarkusTransaction.requiringNew().call(() -> AnswerScore.count("answerId", answerId));
    }

    private static AnswerScore scoreOf(UUID answerId) {
        return QuarkusTransaction.requiringNew().call(
                () -> AnswerScore.<AnswerScore>find("answerId", answerId).singleResult());
    }

    private static Instant reportedAt(UUID sessionId) {
        return QuarkusTransaction.requiringNew().call(
                () -> SessionProgress.<SessionProgress>findById(sessionId).reportedAt);
    }
}
