package dev.mockinterview.session.events;

import dev.mockinterview.contracts.CloudEventRecords;
import dev.mockinterview.session.domain.OutboxEvent;
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
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Publishes the outbox in order (acks=all, idempotent producer) and marks a row sent only after the broker's
 * acknowledgement. With the broker down, rows wait and go out once it is back.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Emitter<String> outbox;
    private final EntityManager entityManager;
    private final int batchSize;
    private final Duration ackTimeout;
    private final Duration retention;

    OutboxRelay(@Channel("outbox") Emitter<String> outbox, EntityManager entityManager,
                @ConfigProperty(name = "outbox.relay.batch-size") int batchSize,
                @ConfigProperty(name = "outbox.relay.ack-timeout") Duration ackTimeout,
                @ConfigProperty(name = "outbox.retention") Duration retention) {
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.batchSize = batchSize;
        this.ackTimeout = ackTimeout;
        this.retention = retention;
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
        // Sent in sequence on one idempotent producer, so events of a session keep their order on each topic.
        List<CompletableFuture<Void>> acks = batch.stream()
                .map(event -> CloudEventRecords.send(outbox, event.topic, event.messageKey, event.payload))
                .toList();
        if (!CloudEventRecords.allAcknowledged(acks, ackTimeout)) {
            LOG.warnf("Kafka did not acknowledge %d outbox events yet; they stay pending", batch.size());
            return;
        }
        Instant now = Instant.now();
        batch.forEach(event -> event.sentAt = now);
        LOG.debugf("Published %d outbox events", batch.size());
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
