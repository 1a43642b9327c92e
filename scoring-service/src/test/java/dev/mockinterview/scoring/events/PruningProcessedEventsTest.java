package dev.mockinterview.scoring.events;

import dev.mockinterview.testsupport.TestInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The records of applied events are deleted once past their retention (14 days), by one instance at a time. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class PruningProcessedEventsTest {
    @Inject
    ProcessedEventPruning pruning;
    @Inject
    EntityManager entityManager;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void recordsPastTheRetentionAreDeletedInBatchesAndRecentOnesKept() {
        // More than one batch (scoring.processed-events.prune-batch-size) of records from 15 days ago.
        List<String> old = record(2_500, "15 days");
        List<String> recent = record(3, "13 days");

        pruning.prune();

        assertThat(stored(old)).isEmpty();
        assertThat(stored(recent)).containsExactlyInAnyOrderElementsOf(recent);
    }

    @Test
    void anInstanceLeavesThePruningToTheOneAlreadyAtIt() throws Exception {
        List<String> old = record(3, "20 days");
        // As another instance's pruning batch holds it.
        try (Connection other = dataSource.getConnection();
             PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
            lock.setInt(1, ProcessedEventPruning.LOCK_CLASS);
            lock.setInt(2, ProcessedEventPruning.LOCK_KEY);
            lock.execute();
            try {
                assertThat(pruning.prune()).isZero();
                assertThat(stored(old)).hasSize(3);
            } finally {
                try (PreparedStatement unlock = other.prepareStatement("SELECT pg_advisory_unlock_all()")) {
                    unlock.execute();
                }
            }
        }
        pruning.prune();
        assertThat(stored(old)).isEmpty();
    }

    // Event ids <random>-1 to <random>-count, applied that long ago.
    private List<String> record(int count, String ago) {
        String prefix = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO processed_event (event_id, event_type, processed_at)
                        SELECT ?1 || '-' || n, 'answer-submitted', now() - CAST(?2 AS interval)
                        FROM generate_series(1, ?3) n""")
                .setParameter(1, prefix)
                .setParameter(2, ago)
                .setParameter(3, count)
                .executeUpdate());
        return IntStream.rangeClosed(1, count).mapToObj(n -> prefix + "-" + n).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> stored(List<String> ids) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT event_id FROM processed_event WHERE event_id IN (?1)")
                .setParameter(1, ids)
                .getResultList());
    }
}
