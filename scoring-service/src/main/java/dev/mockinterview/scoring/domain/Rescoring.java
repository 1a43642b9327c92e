package dev.mockinterview.scoring.domain;

import dev.mockinterview.scoring.config.RescoreConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rescores every stored answer with the current scorer in the background, a batch of sessions per transaction, so
 * that the request that starts it returns at once and the consumers keep scoring new answers meanwhile. One rescore
 * runs at a time per instance; starting one while it runs reports the running one.
 */
@ApplicationScoped
public class Rescoring {
    private static final Logger LOG = Logger.getLogger(Rescoring.class);

    private final Scoring scoring;
    private final int batchSize;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rescore");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.NONE);

    Rescoring(Scoring scoring, RescoreConfig config) {
        this.scoring = scoring;
        this.batchSize = config.batchSize();
    }

    /**
     * Where a rescore stands.
     *
     * @param sessions  sessions with answers when it started
     * @param processed sessions done so far
     * @param rescored  answers that got a new score
     */
    public record Progress(Status status, long sessions, long processed, long rescored, Instant startedAt,
                           Instant finishedAt) {
        static final Progress NONE = new Progress(Status.NONE, 0, 0, 0, null, null);

        Progress after(int batch, int newScores) {
            return new Progress(status, sessions, processed + batch, rescored + newScores, startedAt, null);
        }

        Progress ended(Status how) {
            return new Progress(how, sessions, processed, rescored, startedAt, Instant.now());
        }
    }

    public enum Status { NONE, RUNNING, FINISHED, FAILED }

    public Progress progress() {
        return progress.get();
    }

    /** Starts a rescore unless one is running; either way, the progress of the one that runs now. */
    public synchronized Progress start() {
        if (progress.get().status() == Status.RUNNING) {
            return progress.get();
        }
        long sessions = QuarkusTransaction.requiringNew().call(() -> Answer.getEntityManager()
                .createQuery("select count(distinct a.sessionId) from Answer a", Long.class).getSingleResult());
        Progress started = new Progress(Status.RUNNING, sessions, 0, 0, Instant.now(), null);
        progress.set(started);
        LOG.infof("Rescoring the answers of %d sessions", sessions);
        worker.execute(this::run);
        return started;
    }

    // Sessions in id order, so a batch picks up after the last one however many arrive meanwhile.
    private void run() {
        UUID after = null;
        try {
            while (true) {
                UUID last = after;
                List<UUID> batch = QuarkusTransaction.requiringNew().call(() -> {
                    var query = Answer.getEntityManager().createQuery("select distinct a.sessionId from Answer a"
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
                int newScores = QuarkusTransaction.requiringNew().call(() -> scoring.rescore(batch));
                progress.updateAndGet(current -> current.after(batch.size(), newScores));
                after = batch.get(batch.size() - 1);
            }
            Progress finished = progress.updateAndGet(current -> current.ended(Status.FINISHED));
            LOG.infof("Rescored %d answers of %d sessions", finished.rescored(), finished.processed());
        } catch (RuntimeException e) {
            progress.updateAndGet(current -> current.ended(Status.FAILED));
            LOG.errorf(e, "Rescoring stopped after the session %s", after);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
