package dev.mockinterview.scoring.events;

import dev.mockinterview.contracts.Topics;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.mockinterview.scoring.testing.TestEvents.QUESTION_ID;
import static dev.mockinterview.scoring.testing.TestEvents.answerSubmitted;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestEvents.questionPublished;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL away for longer than a minute while answers keep coming: the consumers wait for it without their
 * channels failing, liveness stays UP (a restart would not bring the database back), and once it is back every answer
 * is scored exactly once.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ScoringThroughADatabaseOutageTest {
    /** The management interface's root ({@code /q/} on the management port): health is there. */
    @TestHTTPResource(value = "/", management = true)
    URI management;

    // Longer than the minute after which SmallRye's throttled commit strategy, by default, fails a channel whose
    // record waits unacknowledged.
    private static final Duration OUTAGE = Duration.ofSeconds(90);
    private static final String CANDIDATE = "outage-candidate";

    @Inject
    EntityManager entityManager;

    @Test
    void answersSentDuringANinetySecondOutageAreEachScoredOnceAfterItWithLivenessUpThroughout() throws Exception {
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, QUESTION_ID, questionPublished(QUESTION_ID));
        List<UUID> answers = new ArrayList<>(sendAnswers(5));
        await().atMost(Duration.ofSeconds(60)).until(() -> scoreRows(answers).scored() == answers.size());

        List<String> livenessFailures = new ArrayList<>();
        AtomicInteger livenessChecks = new AtomicInteger();
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor();
        watch.scheduleWithFixedDelay(() -> {
            Response live = given().when().get(management.resolve("health/live"));
            livenessChecks.incrementAndGet();
            if (live.statusCode() != 200) {
                synchronized (livenessFailures) {
                    livenessFailures.add(Instant.now() + " " + live.statusCode() + " " + live.asString());
                }
            }
        }, 0, 1, TimeUnit.SECONDS);
        try {
            TestInfrastructure.stopPostgres();
            Instant stopped = Instant.now();
            try {
                // Answers keep arriving while the database is away; the consumers hold them unacknowledged.
                for (int i = 1; i <= 3; i++) {
                    answers.addAll(sendAnswers(5));
                    awaitOutageOf(stopped, Duration.ofSeconds(10L * i));
                }
                awaitOutageOf(stopped, OUTAGE);
            } finally {
                TestInfrastructure.startPostgres();
            }

            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> scoreRows(answers).scored() == answers.size());
            // A few more beats of the watch after the recovery: the channels' failures would be sticky.
            int checksAtRecovery = livenessChecks.get();
            await().atMost(Duration.ofSeconds(30)).until(() -> livenessChecks.get() >= checksAtRecovery + 6);
        } finally {
            watch.shutdownNow();
        }

        ScoreRows rows = scoreRows(answers);
        assertThat(rows.scored()).as("answers with a score").isEqualTo(20);
        assertThat(rows.scores()).as("scores stored").isEqualTo(20);
        synchronized (livenessFailures) {
            assertThat(livenessFailures).as("liveness answers that were not UP").isEmpty();
        }
        given().when().get(management.resolve("health/live")).then().statusCode(200);
        given().when().get(management.resolve("health/ready")).then().statusCode(200);
    }

    // The database has been away this long.
    private static void awaitOutageOf(Instant stopped, Duration length) {
        await().atMost(length.plusSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> Duration.between(stopped, Instant.now()).compareTo(length) >= 0);
    }

    private static List<UUID> sendAnswers(int count) {
        List<UUID> answerIds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID sessionId = UUID.randomUUID();
            UUID answerId = UUID.randomUUID();
            KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(),
                    answerSubmitted(sessionId, answerId, CANDIDATE, 1, QUESTION_ID, canonicalAnswerText()));
            answerIds.add(answerId);
        }
        return answerIds;
    }

    private record ScoreRows(long scored, long scores) {
    }

    private ScoreRows scoreRows(List<UUID> answerIds) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] counts = (Object[]) entityManager.createNativeQuery(
                            "SELECT count(DISTINCT answer_id), count(*) FROM answer_score WHERE answer_id IN (?1)")
                    .setParameter(1, answerIds)
                    .getSingleResult();
            return new ScoreRows(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
        });
    }
}
