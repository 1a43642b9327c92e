package dev.mockinterview.session.events;

import dev.mockinterview.contracts.CloudEventRecords;
import dev.mockinterview.session.domain.OutboxEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;

/**
 * Publishes the outbox in order per session (acks=all, idempotent producer) and marks a row sent only after the
 * broker's acknowledgement. With the broker down, rows wait and go out once it is back.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Emitter<String> outbox;
    private final EntityManager entityManager;
    private final int batchSize;
    private final Duration ackTimeout;
    private final Duration retention;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestUnsentAgeSeconds = new AtomicLong();

    OutboxRelay(@Channel("outbox") Emitter<String> outbox, EntityManager entityManager,
                @ConfigProperty(name = "outbox.relay.batch-size") int batchSize,
                @ConfigProperty(name = "outbox.relay.ack-timeout") Duration ackTimeout,
                @ConfigProperty(name = "outbox.retention") Duration retention, MeterRegistry metrics) {
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.batchSize = batchSize;
        this.ackTimeout = ackTimeout;
        this.retention = retention;
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

    // Skipped until start-up has finished, when the Kafka channels are connected.
    @Scheduled(every = "${outbox.relay.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void publishPending() throws InterruptedException {
        // SKIP LOCKED: another instance's relay takes other rows instead of waiting or sending these twice.
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = entityManager.createNativeQuery(
                        "SELECT * FROM outbox_event WHERE sent_at IS NULL ORDER BY seq LIMIT ?1 FOR UPDATE SKIP LOCKED",
                        OutboxEvent.class)
                .setParameter(1, batchSize)
                .getResultList();
        if (batch.isEmpty()) {
            return;
        }
        Set<Long> acknowledged = sendInOrderPerSession(batch);
        Instant now = Instant.now();
        batch.stream().filter(event -> acknowledged.contains(event.seq)).forEach(event -> event.sentAt = now);
        if (acknowledged.size() < batch.size()) {
            LOG.warnf("Kafka acknowledged %d of %d outbox events; the others stay pending", acknowledged.size(),
                    batch.size());
        }
    }

    /**
     * Sends each session's events one after the other, the next only once the broker has acknowledged the
     * previous, and different sessions side by side. A failure stops its session's sequence, so a later event of a
     * session never reaches a topic before an earlier one, even across broker outages and retries.
     *
     * @return the sequence numbers of the events the broker acknowledged
     */
    private Set<Long> sendInOrderPerSession(List<OutboxEvent> batch) throws InterruptedException {
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stopped = new AtomicBoolean();
        Map<String, List<OutboxEvent>> bySession = batch.stream()
                .collect(Collectors.groupingBy(event -> event.messageKey, LinkedHashMap::new, Collectors.toList()));
        List<CompletableFuture<Void>> sequences = new ArrayList<>();
        for (List<OutboxEvent> events : bySession.values()) {
            CompletableFuture<Void> sequence = CompletableFuture.completedFuture(null);
            for (OutboxEvent event : events) {
                sequence = sequence.thenCompose(previous -> stopped.get()
                                ? CompletableFuture.failedFuture(new IllegalStateException("relay run ended"))
                                : CloudEventRecords.send(outbox, event.topic, event.messageKey, event.payload))
                        .thenRun(() -> acknowledged.add(event.seq));
            }
            sequences.add(sequence);
        }
        CloudEventRecords.allAcknowledged(sequences, ackTimeout);
        stopped.set(true);
        return Set.copyOf(acknowledged);
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void deleteSentAfterRetention() {
        long deleted = OutboxEvent.delete("sentAt < ?1", Instant.now().minus(retention));
        if (deleted > 0) {
            LOG.infof("Deleted %d outbox events sent more than %s ago", deleted, retention);
        }
    }
}
