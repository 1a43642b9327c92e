package dev.mockinterview.outbox;

import dev.mockinterview.contracts.CloudEventRecords;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Publishes the outbox through the channel {@value #CHANNEL} (acks=all and the idempotent producer, set by this
 * module's configuration), in order per message key, and marks an event sent only after the broker's
 * acknowledgement. With the broker down, events wait and go out once it is back; an event whose send failed is tried
 * again after a backoff that doubles with each failure, up to a cap, and holds back the later events of its key
 * meanwhile.
 *
 * <p>Several instances may run against one database: a run claims whole keys with transaction-scoped advisory locks
 * ({@code pg_try_advisory_xact_lock(}{@value #LOCK_CLASS}{@code , hashtext(message_key))}), so one key's events are
 * never split between two instances, and keys another instance holds are left to it.
 */
@ApplicationScoped
public class OutboxRelay {
    /** The outgoing channel whose producer the relay sends with; each record names its own topic. */
    public static final String CHANNEL = "outbox";
    /** The first half of the relay's advisory lock ids, so that they differ from any other advisory lock. */
    static final int LOCK_CLASS = 7023;

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Emitter<String> outbox;
    private final EntityManager entityManager;
    private final int batchSize;
    private final Duration ackTimeout;
    private final RetryBackoff backoff;
    private final Duration retention;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestUnsentAgeSeconds = new AtomicLong();

    OutboxRelay(@Channel(CHANNEL) Emitter<String> outbox, EntityManager entityManager, OutboxConfig config,
                MeterRegistry metrics) {
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.batchSize = config.relay().batchSize();
        this.ackTimeout = config.relay().ackTimeout();
        this.backoff = new RetryBackoff(config.relay().backoffInitial(), config.relay().backoffMax());
        this.retention = config.retention();
        Gauge.builder("outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events not yet acknowledged by Kafka").register(metrics);
        Gauge.builder("outbox.oldest.unsent.age", oldestUnsentAgeSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest outbox event not yet acknowledged by Kafka").register(metrics);
    }

    @Scheduled(every = "${outbox.metrics.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void measureBacklog() {
        Object[] pending = (Object[]) entityManager.createNativeQuery("""
                        SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)
                        FROM outbox_event WHERE sent_at IS NULL""")
                .getSingleResult();
        backlog.set(((Number) pending[0]).longValue());
        oldestUnsentAgeSeconds.set(((Number) pending[1]).longValue());
    }

    /**
     * One relay run: claims the keys whose oldest unsent event is due, sends their events, marks what the broker
     * acknowledged as sent and puts the first failed event of each key on backoff. The claims last until the
     * transaction ends, after the marks are written.
     */
    // Skipped until start-up has finished, when the Kafka channels are connected.
    @Scheduled(every = "${outbox.relay.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    public void publishPending() throws InterruptedException {
        List<String> keys = claimDueKeys();
        if (keys.isEmpty()) {
            return;
        }
        // A statement of its own, after the claims: it sees every event a previous holder of a key marked as sent.
        List<OutboxEvent> batch = entityManager.createQuery(
                        "FROM OutboxEvent WHERE sentAt IS NULL AND messageKey IN :keys ORDER BY seq", OutboxEvent.class)
                .setParameter("keys", keys)
                .setMaxResults(batchSize)
                .getResultList();
        Set<Long> acknowledged = sendInOrderPerKey(batch);
        if (!acknowledged.isEmpty()) {
            entityManager.createQuery("UPDATE OutboxEvent SET sentAt = :now WHERE seq IN :acknowledged")
                    .setParameter("now", Instant.now())
                    .setParameter("acknowledged", acknowledged)
                    .executeUpdate();
        }
        if (acknowledged.size() < batch.size()) {
            postponeFirstFailures(batch, acknowledged);
        }
    }

    // The due keys, oldest first, that no other run holds. The locks are taken on the limited list only (a
    // materialised CTE), never on rows a LIMIT would discard.
    @SuppressWarnings("unchecked")
    private List<String> claimDueKeys() {
        return entityManager.createNativeQuery("""
                        WITH heads AS MATERIALIZED (
                            SELECT DISTINCT ON (message_key) message_key, seq, next_attempt_at
                            FROM outbox_event WHERE sent_at IS NULL ORDER BY message_key, seq),
                        due AS MATERIALIZED (
                            SELECT message_key, seq FROM heads
                            WHERE next_attempt_at IS NULL OR next_attempt_at <= now()
                            ORDER BY seq LIMIT ?1)
                        SELECT message_key FROM due WHERE pg_try_advisory_xact_lock(?2, hashtext(message_key))
                        ORDER BY seq""")
                .setParameter(1, batchSize)
                .setParameter(2, LOCK_CLASS)
                .getResultList();
    }

    /**
     * Sends each key's events one after the other, the next only once the broker has acknowledged the previous, and
     * different keys side by side. A failure stops its key's sequence, so a later event of a key never reaches a
     * topic before an earlier one, even across broker outages and retries.
     *
     * @return the sequence numbers of the events the broker acknowledged
     */
    private Set<Long> sendInOrderPerKey(List<OutboxEvent> batch) throws InterruptedException {
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stopped = new AtomicBoolean();
        Map<String, List<OutboxEvent>> byKey = batch.stream()
                .collect(Collectors.groupingBy(event -> event.messageKey, LinkedHashMap::new, Collectors.toList()));
        List<CompletableFuture<Void>> sequences = new ArrayList<>();
        for (List<OutboxEvent> events : byKey.values()) {
            CompletableFuture<Void> sequence = CompletableFuture.completedFuture(null);
            for (OutboxEvent event : events) {
                sequence = sequence.thenCompose(previous -> stopped.get()
                                ? CompletableFuture.failedFuture(new IllegalStateException("relay run ended"))
                                : CloudEventRecords.send(outbox, event.topic, event.messageKey, event.payload,
                                        headersOf(event)))
                        .thenRun(() -> acknowledged.add(event.seq));
            }
            sequences.add(sequence);
        }
        CloudEventRecords.allAcknowledged(sequences, ackTimeout);
        stopped.set(true);
        return Set.copyOf(acknowledged);
    }

    private static Map<String, String> headersOf(OutboxEvent event) {
        return event.traceparent == null ? Map.of() : Map.of(OutboxWriter.TRACEPARENT, event.traceparent);
    }

    // Only the first unacknowledged event of a key matters: the key's later events wait behind it.
    private void postponeFirstFailures(List<OutboxEvent> batch, Set<Long> acknowledged) {
        Set<String> postponed = new HashSet<>();
        Instant now = Instant.now();
        Instant latest = now;
        for (OutboxEvent event : batch) {
            if (!acknowledged.contains(event.seq) && postponed.add(event.messageKey)) {
                event.attempts++;
                event.nextAttemptAt = now.plus(backoff.after(event.attempts));
                latest = event.nextAttemptAt.isAfter(latest) ? event.nextAttemptAt : latest;
            }
        }
        LOG.warnf("Kafka acknowledged %d of %d outbox events; %d keys wait for their retry, the last until %s",
                acknowledged.size(), batch.size(), postponed.size(), latest);
    }

    @Scheduled(every = "${outbox.retention-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void deleteSentAfterRetention() {
        int deleted = entityManager.createQuery("DELETE FROM OutboxEvent WHERE sentAt < :before")
                .setParameter("before", Instant.now().minus(retention))
                .executeUpdate();
        if (deleted > 0) {
            LOG.infof("Deleted %d outbox events sent more than %s ago", deleted, retention);
        }
    }
}
