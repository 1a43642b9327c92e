package dev.mockinterview.scoring.domain;

import dev.mockinterview.scoring.config.RescoreConfig;
import dev.mockinterview.scoring.testing.TestSessions.Answered;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestSessions.completedSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the service on one database, as two pods are: the application's {@link Rescoring} and a second
 * one built here on the same database, with nothing shared between them in memory.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class RescoringOnTwoInstancesTest {
    @Inject
    Rescoring first;
    @Inject
    Scoring scoring;
    @Inject
    AnswerScorer scorer;
    @Inject
    EntityManager entityManager;
    @Inject
    RescoreConfig config;

    @Test
    void startsOnTwoInstancesAtOnceRunOneRescoreWhichBothReport() throws Exception {
        completedSession("rhea", "backend-engineer", 1, List.of(
                new Answered("q-" + UUID.randomUUID(), "api-design", canonicalAnswerText())));
        await().atMost(Duration.ofSeconds(60)).until(() -> first.progress().status() != Rescoring.Status.RUNNING);
        long runsBefore = runs();
        Rescoring second = new Rescoring(scoring, scorer, entityManager, config);
        ExecutorService admins = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Rescoring.Progress> onFirst = CompletableFuture.supplyAsync(() -> {
                meet(together);
                return first.start("ada");
            }, admins);
            CompletableFuture<Rescoring.Progress> onSecond = CompletableFuture.supplyAsync(() -> {
                meet(together);
                return second.start("bob");
            }, admins);

            Rescoring.Progress a = onFirst.get();
            Rescoring.Progress b = onSecond.get();
            assertThat(a.id()).as("the run each start reports").isEqualTo(b.id());
            assertThat(List.of(a.startedBy(), b.startedBy())).containsOnly(a.startedBy());
            assertThat(runs() - runsBefore).as("runs started").isEqualTo(1);

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> second.progress().status() == Rescoring.Status.FINISHED);
            Rescoring.Progress finished = first.progress();
            assertThat(finished.id()).isEqualTo(a.id());
            assertThat(finished).isEqualTo(second.progress());
            assertThat(finished.processed()).isEqualTo(finished.sessions());
            assertThat(finished.scorerVersion()).isEqualTo(scorer.version());
        } finally {
            admins.shutdownNow();
            second.stop();
        }
    }

    private static long runs() {
        return QuarkusTransaction.requiringNew().call(() -> RescoreRun.count());
    }

    private static void meet(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
