package dev.mockinterview.scoring.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockinterview.contracts.EventContracts;
import dev.mockinterview.contracts.Topics;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestEvents.answerSubmitted;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestEvents.questionPublished;
import static dev.mockinterview.scoring.testing.TestEvents.sessionCompleted;
import static dev.mockinterview.scoring.testing.TestReports.awaitReport;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class KeepingRetiredQuestionVersionsTest {
    private static final String CANDIDATE = "demo-candidate";

    // After compaction, a retired version's question-retired event is all the topic keeps of it.
    @Test
    void anAnswerToAVersionKnownOnlyFromItsRetirementIsScoredAgainstIt() throws Exception {
        String questionId = "retired-" + UUID.randomUUID();
        UUID sessionId = UUID.randomUUID();
        UUID answerId = UUID.randomUUID();

        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, questionId + ":1", questionRetired(questionId));
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(),
                answerSubmitted(sessionId, answerId, CANDIDATE, 1, questionId, canonicalAnswerText()));
        KafkaTestClient.send(Topics.SESSION_COMPLETED, sessionId.toString(),
                sessionCompleted(sessionId, CANDIDATE, 1, List.of(answerId)));

        JsonPath report = awaitReport(sessionId, "COMPLETE");
        assertThat(report.getString("answers[0].questionId")).isEqualTo(questionId);
        assertThat(report.getInt("answers[0].questionVersion")).isEqualTo(1);
        assertThat(report.getInt("answers[0].score")).isPositive();
    }

    @Test
    void aVersionRetiredAfterItWasPublishedStaysScorable() throws Exception {
        String questionId = "published-then-retired-" + UUID.randomUUID();
        UUID sessionId = UUID.randomUUID();
        UUID answerId = UUID.randomUUID();

        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, questionId + ":1", questionPublished(questionId));
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, questionId + ":1", questionRetired(questionId));
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(),
                answerSubmitted(sessionId, answerId, CANDIDATE, 1, questionId, canonicalAnswerText()));
        KafkaTestClient.send(Topics.SESSION_COMPLETED, sessionId.toString(),
                sessionCompleted(sessionId, CANDIDATE, 1, List.of(answerId)));

        assertThat(awaitReport(sessionId, "COMPLETE").getInt("answers[0].questionVersion")).isEqualTo(1);
    }

    private static String questionRetired(String questionId) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode event = (ObjectNode) json.readTree(EventContracts.example("question-retired"));
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", questionId + ":1");
        ((ObjectNode) event.get("data")).put("questionId", questionId);
        String value = json.writeValueAsString(event);
        assertThat(EventContracts.violations(value)).isEmpty();
        return value;
    }
}
