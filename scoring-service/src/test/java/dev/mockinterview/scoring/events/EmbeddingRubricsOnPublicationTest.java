package dev.mockinterview.scoring.events;

import dev.mockinterview.contracts.Topics;
import dev.mockinterview.localstack.testing.KafkaTestClient;
import dev.mockinterview.localstack.testing.TestInfrastructure;
import dev.mockinterview.scoring.domain.AnswerScore;
import dev.mockinterview.scoring.domain.QuestionVersion;
import dev.mockinterview.scoring.domain.scorer.RubricEmbeddings;
import dev.mockinterview.scoring.domain.scorer.RubricScorer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestEvents.answerSubmitted;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestEvents.questionPublished;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class EmbeddingRubricsOnPublicationTest {

    @Test
    void aPublishedVersionIsStoredWithTheEmbeddingsOfItsPromptAndKeyPoints() {
        String questionId = "question-" + UUID.randomUUID();

        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, questionId, questionPublished(questionId));

        RubricEmbeddings embeddings = await().atMost(Duration.ofSeconds(60))
                .until(() -> storedEmbeddings(questionId), stored -> stored != null);
        assertThat(embeddings.prompt()).hasSize(384);
        assertThat(embeddings.keyPoints()).extracting(RubricEmbeddings.Point::text).containsExactly(
                "GET, PUT and DELETE are idempotent, POST is not",
                "Repeating an idempotent request leaves the same server state",
                "Retrying a POST can create duplicates unless an idempotency key is used");
        assertThat(embeddings.keyPoints()).allSatisfy(point ->
                assertThat(point.embeddings()).hasSameSizeAs(point.phrasings()));
    }

    @Test
    void answersAreScoredWithTheEmbeddingsStoredOnPublication() {
        String questionId = "question-" + UUID.randomUUID();
        UUID sessionId = UUID.randomUUID();
        UUID answerId = UUID.randomUUID();
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, questionId, questionPublished(questionId));
        RubricEmbeddings stored = await().atMost(Duration.ofSeconds(60))
                .until(() -> storedEmbeddings(questionId), embeddings -> embeddings != null);

        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(),
                answerSubmitted(sessionId, answerId, "demo-candidate", 1, questionId, canonicalAnswerText()));

        AnswerScore score = await().atMost(Duration.ofSeconds(60)).until(() -> scoreOf(answerId), s -> s != null);
        assertThat(score.scorerVersion).isEqualTo(RubricScorer.VERSION);
        assertThat(score.keyPoints).extracting(finding -> finding.text())
                .containsExactlyElementsOf(stored.keyPoints().stream().map(RubricEmbeddings.Point::text).toList());
        assertThat(score.keyPoints).filteredOn(finding -> finding.evidence() != null).isNotEmpty()
                .allSatisfy(finding -> assertThat(canonicalAnswerText()).contains(finding.evidence()));
    }

    private static RubricEmbeddings storedEmbeddings(String questionId) {
        return QuarkusTransaction.requiringNew().call(() -> QuestionVersion.<QuestionVersion>findByIdOptional(
                        new QuestionVersion.Key(questionId, 1))
                .map(version -> version.rubricEmbeddings).orElse(null));
    }

    private static AnswerScore scoreOf(UUID answerId) {
        return QuarkusTransaction.requiringNew().call(
                () -> AnswerScore.<AnswerScore>find("answerId", answerId).firstResult());
    }
}
