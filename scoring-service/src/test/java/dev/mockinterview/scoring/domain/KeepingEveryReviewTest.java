package dev.mockinterview.scoring.domain;

import dev.mockinterview.scoring.testing.TestSessions.Answered;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static dev.mockinterview.scoring.testing.TestReviews.ASSESSMENT;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestReports.awaitReport;
import static dev.mockinterview.scoring.testing.TestReviews.OWNER;
import static dev.mockinterview.scoring.testing.TestReviews.ownerReviews;
import static dev.mockinterview.scoring.testing.TestReviews.review;
import static dev.mockinterview.scoring.testing.TestSessions.completedSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class KeepingEveryReviewTest {
    @Inject
    EntityManager entityManager;

    @Test
    void aStoredReviewCanBeNeitherChangedNorDeleted() {
        UUID sessionId = session("ivo");
        UUID answerId = firstAnswer(sessionId);
        UUID reviewId = UUID.fromString(ownerReviews(sessionId, answerId,
                Map.of("score", 61, "reason", "Kept for ever.")).extract().path("reviewId"));

        for (String statement : List.of("UPDATE answer_review SET score = 0 WHERE id = ?1",
                "DELETE FROM answer_review WHERE id = ?1")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery(statement).setParameter(1, reviewId).executeUpdate()))
                    .as(statement).hasStackTraceContaining("never changed or deleted");
        }
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("TRUNCATE answer_review").executeUpdate()))
                .hasStackTraceContaining("never changed or deleted");

        assertThat(awaitReport(sessionId, "COMPLETE").getInt("answers[0].finalScore")).isEqualTo(61);
    }

    @Test
    void reviewsOfOneAnswerAtOnceGetOneRevisionEach() {
        UUID sessionId = session("ines");
        UUID answerId = firstAnswer(sessionId);
        ExecutorService reviewers = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Integer>> reviews = IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> review("recruiter", OWNER, sessionId,
                            answerId, Map.of("score", 10 * i, "reason", "Reviewer " + i))
                            .statusCode(201).extract().<Integer>path("revision"), reviewers))
                    .toList();

            assertThat(reviews.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder(1, 2, 3, 4);
        } finally {
            reviewers.shutdown();
        }
        assertThat(awaitReport(sessionId, "COMPLETE").getList("answers[0].reviews.revision", Integer.class))
                .containsExactly(1, 2, 3, 4);
    }

    private static UUID session(String candidateId) {
        return completedSession(ASSESSMENT, candidateId, "backend-engineer", 1, List.of(
                new Answered("q-" + UUID.randomUUID(), "api-design", canonicalAnswerText())));
    }

    private static UUID firstAnswer(UUID sessionId) {
        return UUID.fromString(awaitReport(sessionId, "COMPLETE").getString("answers[0].answerId"));
    }
}
