package dev.mockinterview.scoring.events;

import dev.mockinterview.contracts.EventContracts;
import dev.mockinterview.contracts.Topics;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.ConsumerProgress.awaitAllConsumed;
import static dev.mockinterview.scoring.testing.TestEvents.QUESTION_ID;
import static dev.mockinterview.scoring.testing.TestEvents.answerSubmitted;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestEvents.questionPublished;
import static dev.mockinterview.scoring.testing.TestEvents.sessionCompleted;
import static dev.mockinterview.scoring.testing.TestReports.awaitReport;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ScoreEventsTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    EntityManager entityManager;

    @Test
    void eachScoredAnswerAndEachReportIsPublishedKeyedBySessionHonouringItsSchema() {
        UUID sessionId = UUID.randomUUID();
        UUID answerId = UUID.randomUUID();
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, QUESTION_ID, questionPublished(QUESTION_ID));
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(),
                answerSubmitted(sessionId, answerId, "eve", 1, QUESTION_ID, canonicalAnswerText()));
        KafkaTestClient.send(Topics.SESSION_COMPLETED, sessionId.toString(),
                sessionCompleted(sessionId, "eve", 2, List.of(answerId)));
        JsonPath report = awaitReport(sessionId, "COMPLETE");

        ConsumerRecord<String, String> answerScored = published(Topics.ANSWER_SCORED, sessionId);
        ConsumerRecord<String, String> sessionScored = published(Topics.SESSION_SCORED, sessionId);

        assertThat(EventContracts.violations(answerScored.value())).isEmpty();
        assertThat(EventContracts.violations(sessionScored.value())).isEmpty();
        JsonPath answer = JsonPath.from(answerScored.value());
        assertThat(answer.getString("type")).isEqualTo("answer-scored");
        assertThat(answer.getString("source")).isEqualTo("/scoring-service");
        assertThat(answer.getString("subject")).isEqualTo(sessionId.toString());
        assertThat(answer.getString("data.answerId")).isEqualTo(answerId.toString());
        assertThat(answer.getString("data.candidateId")).isEqualTo("eve");
        assertThat(answer.getInt("data.score")).isEqualTo(report.getInt("answers[0].score"));
        assertThat(answer.getString("data.scorerVersion")).isEqualTo(report.getString("answers[0].scorerVersion"));
        assertThat(answer.getList("data.keyPoints")).isEqualTo(report.getList("answers[0].keyPoints"));
        JsonPath session = JsonPath.from(sessionScored.value());
        assertThat(session.getString("type")).isEqualTo("session-scored");
        assertThat(session.getDouble("data.overallScore")).isEqualTo(report.getDouble("overallScore"));
        assertThat(session.getInt("data.questionCount")).isEqualTo(2);
        assertThat(session.getList("data.answers.answerId")).containsExactly(answerId.toString());
        assertThat(session.getList("data.topicScores.topic")).containsExactly("api-design");
    }

    @Test
    void aRedeliveredAnswerPublishesNoSecondScore() {
        UUID sessionId = UUID.randomUUID();
        UUID answerId = UUID.randomUUID();
        String answer = answerSubmitted(sessionId, answerId, "eve", 1, QUESTION_ID, canonicalAnswerText());
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, QUESTION_ID, questionPublished(QUESTION_ID));
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(), answer);
        published(Topics.ANSWER_SCORED, sessionId);

        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(), answer);
        awaitAllConsumed(Topics.ANSWER_SUBMITTED);

        assertThat(outboxEvents(sessionId, Topics.ANSWER_SCORED)).isEqualTo(1);
    }

    private long outboxEvents(UUID sessionId, String topic) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE message_key = ?1 AND topic = ?2")
                .setParameter(1, sessionId.toString())
                .setParameter(2, topic)
                .getSingleResult()).longValue());
    }

    private static ConsumerRecord<String, String> published(String topic, UUID sessionId) {
        return KafkaTestClient.awaitRecords(topic, 1, record -> sessionId.toString().equals(record.key()), WAIT)
                .get(0);
    }
}
