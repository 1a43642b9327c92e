package dev.mockinterview.session.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.contracts.Topics;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.session.CatalogueFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the service share nothing but the database: each runs the expiry job in its own transactions on
 * its own connections, and no in-memory guard (the scheduler's skip of overlapping runs) stands between them. Two
 * threads calling the job directly, side by side with the scheduler's own run, are that.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ExpiryWithTwoInstancesTest {
    private static final int SESSIONS = 40;
    private static final int INSTANCES = 2;

    private final SessionExpiry expiry;
    private final EntityManager entityManager;
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    ExpiryWithTwoInstancesTest(SessionExpiry expiry, EntityManager entityManager) {
        this.expiry = expiry;
        this.entityManager = entityManager;
    }

    @Test
    void twoInstancesExpiringAtOnceEndEachOverdueSessionOnceWithOneCompletionEvent() throws Exception {
        CatalogueFixture.publishRole("expiry-instances-test-role", 1, TestInfrastructure.token("candidate", "exa"));
        List<UUID> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            // A candidate a session: one candidate may have only a few in progress at once.
            String candidate = TestInfrastructure.token("candidate", "exa-" + i);
            sessions.add(UUID.fromString(given().auth().oauth2(candidate).contentType(ContentType.JSON)
                    .body("{\"role\": \"expiry-instances-test-role\", \"questionCount\": 1}").post("/api/v1/sessions")
                    .then().statusCode(201).extract().path("id")));
        }
        QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery(
                        "UPDATE InterviewSession SET deadline = :past WHERE id IN :sessions")
                .setParameter("past", Instant.now().minusSeconds(1))
                .setParameter("sessions", sessions).executeUpdate());

        CountDownLatch startingLine = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(INSTANCES);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int instance = 0; instance < INSTANCES; instance++) {
                runs.add(instances.submit(() -> {
                    startingLine.await();
                    expiry.expireDueSessions();
                    return null;
                }));
            }
            startingLine.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            instances.shutdownNow();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(endingsOf(sessions))
                .containsExactly(Map.entry("EXPIRED", (long) SESSIONS)));
        assertThat(completionEventsPerSession(sessions)).hasSize(SESSIONS).allSatisfy((session, events) ->
                assertThat(events).as("session-completed events of %s", session).isEqualTo(1L));
        Set<String> keys = sessions.stream().map(UUID::toString).collect(Collectors.toSet());
        List<ConsumerRecord<String, String>> records = KafkaTestClient.awaitRecords(Topics.SESSION_COMPLETED,
                SESSIONS, record -> keys.contains(record.key()), Duration.ofSeconds(60));
        assertThat(records).extracting(ConsumerRecord::key).doesNotHaveDuplicates();
        for (ConsumerRecord<String, String> record : records) {
            assertThat(json.readTree(record.value()).path("data").path("endedAs").asText()).isEqualTo("EXPIRED");
        }
    }

    private Map<String, Long> endingsOf(List<UUID> sessions) {
        return countBy("SELECT cast(s.endedAs as String), count(s) FROM InterviewSession s WHERE s.id IN :keys"
                + " GROUP BY s.endedAs", sessions);
    }

    private Map<String, Long> completionEventsPerSession(List<UUID> sessions) {
        return countBy("SELECT e.messageKey, count(e) FROM OutboxEvent e WHERE e.topic = '" + Topics.SESSION_COMPLETED
                + "' AND e.messageKey IN :keys GROUP BY e.messageKey", sessions.stream().map(UUID::toString).toList());
    }

    private Map<String, Long> countBy(String query, List<?> keys) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new HashMap<>();
            for (Object[] row : entityManager.createQuery(query, Object[].class).setParameter("keys", keys)
                    .getResultList()) {
                counts.put(String.valueOf(row[0]), (Long) row[1]);
            }
            return counts;
        });
    }
}
