package dev.mockinterview.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.contracts.Topics;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two instances of a service share nothing but the database: each runs the relay in its own transactions on its own
 * connections, and no in-memory guard (the scheduler's skip of overlapping runs) stands between them. Two threads
 * calling the relay over and over, side by side with the scheduler's own runs, while events keep being written, are
 * that; PostgreSQL and Kafka are real.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class TwoRelaysAtOnceTest {
    private static final int KEYS = 12;
    private static final int EVENTS_PER_KEY = 15;
    private static final int RELAYS = 2;

    private final OutboxWriter writer;
    private final OutboxRelay relay;
    private final EntityManager entityManager;
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    TwoRelaysAtOnceTest(OutboxWriter writer, OutboxRelay relay, EntityManager entityManager) {
        this.writer = writer;
        this.relay = relay;
        this.entityManager = entityManager;
    }

    record Numbered(int number) {
    }

    @Test
    void twoRelaysRunningAtOnceSendEveryEventOnceInTheOrderOfItsKey() throws Exception {
        List<String> keys = IntStream.range(0, KEYS).mapToObj(i -> "two-relays-" + UUID.randomUUID()).toList();
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch startingLine = new CountDownLatch(1);
        ExecutorService relays = Executors.newFixedThreadPool(RELAYS);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int instance = 0; instance < RELAYS; instance++) {
                runs.add(relays.submit(() -> {
                    startingLine.await();
                    while (writing.get() || unsent(keys) > 0) {
                        relay.publishPending();
                    }
                    return null;
                }));
            }
            startingLine.countDown();
            // Each round appends the next event of every key in one transaction, while the relays send.
            for (int number = 0; number < EVENTS_PER_KEY; number++) {
                int next = number;
                QuarkusTransaction.requiringNew().run(() -> keys.forEach(key ->
                        writer.append(Topics.ANSWER_SCORED, "outbox-test", key, new Numbered(next))));
            }
            writing.set(false);
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            relays.shutdownNow();
        }

        Set<String> ours = Set.copyOf(keys);
        int written = KEYS * EVENTS_PER_KEY;
        List<ConsumerRecord<String, String>> records = KafkaTestClient.awaitRecords(Topics.ANSWER_SCORED, written,
                record -> ours.contains(record.key()), Duration.ofSeconds(60));
        // The relays stopped once every event was marked sent: a second copy of any would be on the topic by now.
        assertThatThrownBy(() -> KafkaTestClient.awaitRecords(Topics.ANSWER_SCORED, written + 1,
                record -> ours.contains(record.key()), Duration.ofSeconds(5)))
                .hasMessageContaining("but found " + written + " ");
        Map<String, List<Integer>> numbersByKey = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            numbersByKey.computeIfAbsent(record.key(), key -> new ArrayList<>())
                    .add(json.readTree(record.value()).path("data").path("number").asInt());
        }
        List<Integer> inOrder = IntStream.range(0, EVENTS_PER_KEY).boxed().toList();
        assertThat(numbersByKey).hasSize(KEYS).allSatisfy((key, numbers) ->
                assertThat(numbers).as("the events of %s as sent", key).isEqualTo(inOrder));
    }

    private long unsent(List<String> keys) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "SELECT count(e) FROM OutboxEvent e WHERE e.sentAt IS NULL AND e.messageKey IN :keys",
                        Long.class)
                .setParameter("keys", keys).getSingleResult());
    }
}
