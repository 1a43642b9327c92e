package dev.mockinterview.scoring.domain;

import dev.mockinterview.scoring.config.RescoreConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Rescores every stored answer with the current scorer in the background, a batch of sessions per transaction, so
 * that the request that starts it returns at once and the consumers keep scoring new answers meanwhile.
 *
 * <p>A run and its progress live in the table {@code rescore_run}, so every instance reports the same one, and at most
 * one run is RUNNING across all instances (a unique partial index): starting one while another runs, anywhere,
 * reports the running one. Each batch updates its run's row in the batch's own transaction, first thing, which also
 * holds the row's lock while the batch works. A RUNNING run whose row has not changed for
 * {@link RescoreConfig#abandonedAfter()} and that no batch holds lost its instance: it is reported FAILED, not taken
 * over, and the next start begins a new run, which passes quickly over the sessions the current scorer has scored.
 */
@ApplicationScoped
public class Rescoring {
    private static final Logger LOG = Logger.getLogger(Rescoring.class);

    private final Scoring scoring;
    private final AnswerScorer scorer;
    private final EntityManager entityManager;
    private final int batchSize;
    private final Duration abandonedAfter;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rescore");
        thread.setDaemon(true);
        return thread;
    });

    Rescoring(Scoring scoring, AnswerScorer scorer, EntityManager entityManager, RescoreConfig config) {
        this.scoring = scoring;
        this.scorer = scorer;
        this.entityManager = entityManager;
        this.batchSize = config.batchSize();
        this.abandonedAfter = config.abandonedAfter();
    }

    /**
     * Where a rescore stands.
     *
     * @param sessions  sessions with answers when it started
     * @param processed sessions done so far
     * @param rescored  answers that got a new score
     * @param startedBy the subject of the admin who started it
     */
    public record Progress(UUID id, Status status, long sessions, long processed, long rescored,
                           String scorerVersion, String startedBy, Instant startedAt, Instant finishedAt) {
        static final Progress NONE = new Progress(null, Status.NONE, 0, 0, 0, null, null, null, null);

        static Progress of(RescoreRun run) {
            return new Progress(run.id, run.status, run.sessions, run.processed, run.rescored, run.scorerVersion,
                    run.startedBy, run.startedAt, run.finishedAt);
        }
    }

    public enum Status { NONE, RUNNING, FINISHED, FAILED }

    /** The latest run, as any instance sees it. */
    public Progress progress() {
        return QuarkusTransaction.requiringNew().call(() -> {
            failAbandoned();
            return latest();
        });
    }

    /** Starts a rescore unless one is running on any instance; either way, the progress of the one that runs now. */
    public Progress start(String startedBy) {
        UUID id = UUID.randomUUID();
        boolean claimed = QuarkusTransaction.requiringNew().call(() -> {
            failAbandoned();
            long sessions = entityManager.createQuery("select count(distinct a.sessionId) from Answer a", Long.class)
                    .getSingleResult();
            // The unique index on the RUNNING run refuses a second one; a concurrent start waits for this insert.
            return entityManager.createNativeQuery("""
                            INSERT INTO rescore_run (id, status, sessions, scorer_version, started_by)
                            VALUES (?1, 'RUNNING', ?2, ?3, ?4) ON CONFLICT DO NOTHING""")
                    .setParameter(1, id)
                    .setParameter(2, sessions)
                    .setParameter(3, scorer.version())
                    .setParameter(4, startedBy)
                    .executeUpdate() == 1;
        });
        if (!claimed) {
            return progress();
        }
        Progress started = QuarkusTransaction.requiringNew().call(
                () -> Progress.of(RescoreRun.<RescoreRun>findById(id)));
        LOG.infof("Rescore %s started by %s: the answers of %d sessions", id, startedBy, started.sessions());
        worker.execute(() -> run(id));
        return started;
    }

    // Sessions in id order, so a batch picks up after the last one however many arrive meanwhile.
    private void run(UUID runId) {
        UUID after = null;
        try {
            while (true) {
                UUID last = after;
                List<UUID> batch = QuarkusTransaction.requiringNew().call(() -> {
                    var query = entityManager.createQuery("select distinct a.sessionId from Answer a"
                            + (last == null ? "" : " where a.sessionId > :after") + " order by a.sessionId",
                            UUID.class);
                    if (last != null) {
                        query.setParameter("after", last);
                    }
                    return query.setMaxResults(batchSize).getResultList();
                });
                if (batch.isEmpty()) {
                    break;
                }
                if (!QuarkusTransaction.requiringNew().call(() -> rescoreBatch(runId, batch))) {
                    LOG.warnf("Rescore %s stopped after the session %s: it was reported FAILED as abandoned", runId,
                            after);
                    return;
                }
                after = batch.get(batch.size() - 1);
            }
            end(runId, Status.FINISHED);
            RescoreRun finished = QuarkusTransaction.requiringNew().call(() -> RescoreRun.findById(runId));
            LOG.infof("Rescore %s rescored %d answers of %d sessions", runId, finished.rescored, finished.processed);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Rescore %s stopped after the session %s", runId, after);
            end(runId, Status.FAILED);
        }
    }

    // Locks the run's row before any work, so the run cannot be declared abandoned while its batch works, and counts
    // the batch in the transaction of its scores. False if the run is no longer RUNNING.
    private boolean rescoreBatch(UUID runId, List<UUID> batch) {
        int running = entityManager.createNativeQuery(
                        "UPDATE rescore_run SET updated_at = now() WHERE id = ?1 AND status = 'RUNNING'")
                .setParameter(1, runId)
                .executeUpdate();
        if (running == 0) {
            return false;
        }
        int newScores = scoring.rescore(batch);
        entityManager.createNativeQuery(
                        "UPDATE rescore_run SET processed = processed + ?1, rescored = rescored + ?2 WHERE id = ?3")
                .setParameter(1, batch.size())
                .setParameter(2, newScores)
                .setParameter(3, runId)
                .executeUpdate();
        return true;
    }

    // If the database is away, the run stays RUNNING until it counts as abandoned and is reported FAILED.
    private void end(UUID runId, Status how) {
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                            UPDATE rescore_run SET status = ?1, finished_at = now(), updated_at = now()
                            WHERE id = ?2 AND status = 'RUNNING'""")
                    .setParameter(1, how.name())
                    .setParameter(2, runId)
                    .executeUpdate());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not record rescore %s as %s", runId, how);
        }
    }

    // A row a batch holds is skipped: that run is at work, however long since its last commit.
    private void failAbandoned() {
        int failed = entityManager.createNativeQuery("""
                        UPDATE rescore_run SET status = 'FAILED', finished_at = now() WHERE id IN (
                            SELECT id FROM rescore_run
                            WHERE status = 'RUNNING' AND updated_at < now() - make_interval(secs => ?1)
                            FOR UPDATE SKIP LOCKED)""")
                .setParameter(1, (double) abandonedAfter.toSeconds())
                .executeUpdate();
        if (failed > 0) {
            LOG.warnf("Reported a rescore FAILED: no batch of it committed for %s, its instance has stopped",
                    abandonedAfter);
        }
    }

    private Progress latest() {
        return RescoreRun.<RescoreRun>find("order by startedAt desc").firstResultOptional()
                .map(Progress::of).orElse(Progress.NONE);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
