package dev.mockinterview.scoring.events;

import dev.mockinterview.contracts.Topics;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.scoring.domain.AnswerScore;
import dev.mockinterview.scoring.domain.QuestionVersion;
import dev.mockinterview.scoring.domain.scorer.RubricEmbeddings;
import dev.mockinterview.scoring.domain.scorer.RubricScorer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestEvents.answerSubmitted;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestEvents.questionPublished;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class EmbeddingRubricsOnPublicationTest {
    @Inject
    EntityManagerFactory entityManagerFactory;

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

    @Test
    void answersToAVersionScoredBeforeDoNotReadItFromTheDatabaseAgain() {
        String questionId = "question-" + UUID.randomUUID();
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, questionId, questionPublished(questionId));
        await().atMost(Duration.ofSeconds(60)).until(() -> storedEmbeddings(questionId), stored -> stored != null);
        UUID firstAnswerId = answer(questionId);
        AnswerScore first = await().atMost(Duration.ofSeconds(60)).until(() -> scoreOf(firstAnswerId),
                score -> score != null);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long loadsBefore = statistics.getEntityStatistics(QuestionVersion.class.getName()).getLoadCount();

        List<UUID> answerIds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answerIds.add(answer(questionId));
        }

        List<AnswerScore> scores = await().atMost(Duration.ofSeconds(60))
                .until(() -> answerIds.stream().map(EmbeddingRubricsOnPublicationTest::scoreOf).toList(),
                        found -> found.stream().allMatch(score -> score != null));
        assertThat(scores).extracting(score -> score.score).containsOnly(first.score);
        long loads = statistics.getEntityStatistics(QuestionVersion.class.getName()).getLoadCount() - loadsBefore;
        assertThat(loads).as("the version is kept in memory after the first answer").isZero();
    }

    private static UUID answer(String questionId) {
        UUID sessionId = UUID.randomUUID();
        UUID answerId = UUID.randomUUID();
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(),
                answerSubmitted(sessionId, answerId, "cache-candidate", 1, questionId, canonicalAnswerText()));
        return answerId;
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
