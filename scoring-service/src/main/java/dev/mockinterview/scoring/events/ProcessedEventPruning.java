package dev.mockinterview.scoring.events;

import dev.mockinterview.scoring.config.ProcessedEventsConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;

/**
 * Deletes the records of applied events ({@code processed_event}) once their events can no longer come again: older
 * than {@link ProcessedEventsConfig#retention()}, which outlasts the consumed topics' retention. Without it the table
 * grows with every event for ever.
 *
 * <p>A catalogue event can come again at any time, the compacted topic being replayed from its start, but its id is
 * not what keeps it from being applied twice: a question version already in the replica is left as it is
 * ({@code Scoring.recordQuestionVersion}), so its record is pruned like any other. Answers and completions are kept
 * from a second effect by their own keys as well (an answer's id, a session's completion).
 *
 * <p>One instance prunes at a time: each batch is a transaction that first takes the transaction-scoped advisory lock
 * ({@value #LOCK_CLASS}, {@value #LOCK_KEY}); an instance that finds it taken leaves the run to the one holding it.
 */
@ApplicationScoped
public class ProcessedEventPruning {
    /** The advisory lock's first half, distinct from the outbox relay's (7023). */
    static final int LOCK_CLASS = 7024;
    static final int LOCK_KEY = 1;
    private static final Logger LOG = Logger.getLogger(ProcessedEventPruning.class);

    private final EntityManager entityManager;
    private final Duration retention;
    private final int batchSize;

    ProcessedEventPruning(EntityManager entityManager, ProcessedEventsConfig config) {
        this.entityManager = entityManager;
        this.retention = config.retention();
        this.batchSize = config.pruneBatchSize();
    }

    @Scheduled(every = "${scoring.processed-events.prune-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void pruneOnSchedule() {
        prune();
    }

    /**
     * Deletes the records older than the retention, a batch per transaction, so that no transaction holds many row
     * locks or runs long beside the consumers.
     *
     * @return how many were deleted; 0 as well when another instance is pruning
     */
    public long prune() {
        Instant before = Instant.now().minus(retention);
        long deleted = 0;
        while (true) {
            Integer batch = QuarkusTransaction.requiringNew().call(() -> deleteBatch(before));
            if (batch == null) {
                LOG.debug("Another instance is pruning processed_event");
                break;
            }
            deleted += batch;
            if (batch < batchSize) {
                break;
            }
        }
        if (deleted > 0) {
            LOG.infof("Deleted %d records of events applied before %s", deleted, before);
        }
        return deleted;
    }

    // Null when another instance holds the lock.
    private Integer deleteBatch(Instant before) {
        boolean locked = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1, ?2)")
                .setParameter(1, LOCK_CLASS)
                .setParameter(2, LOCK_KEY)
                .getSingleResult();
        if (!locked) {
            return null;
        }
        return entityManager.createNativeQuery("""
                        DELETE FROM processed_event WHERE event_id IN (
                            SELECT event_id FROM processed_event WHERE processed_at < ?1 LIMIT ?2)""")
                .setParameter(1, before)
                .setParameter(2, batchSize)
                .executeUpdate();
    }
}
