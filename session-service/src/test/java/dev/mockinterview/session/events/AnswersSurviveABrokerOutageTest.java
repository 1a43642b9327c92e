package dev.mockinterview.session.events;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class AnswersSurviveABrokerOutageTest {
    private final ObjectMapper json = new ObjectMapper();
    @Inject
    EntityManager entityManager;

    @AfterEach
    void brokerIsBack() {
        TestInfrastructure.kafka().start();
    }

    @Test
    void withTheBrokerStoppedCandidatesKeepAnsweringAndEveryEventArrivesInOrderOnceItIsBack() throws Exception {
        String candidate = TestInfrastructure.token("candidate", "olga");
        CatalogueFixture.publishRole("outage-test-role", 3, candidate);

        TestInfrastructure.kafka().stop();
        String sessionId = given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .body("{\"role\": \"outage-test-role\", \"questionCount\": 3}").post("/api/v1/sessions")
                .then().statusCode(201).extract().path("id");
        for (int position = 1; position <= 3; position++) {
            given().auth().oauth2(candidate).contentType(ContentType.JSON)
                    .body("{\"text\": \"answered while Kafka was down, number " + position + "\"}")
                    .put("/api/v1/sessions/" + sessionId + "/answers/" + position)
                    .then().statusCode(200);
        }
        given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .post("/api/v1/sessions/" + sessionId + "/complete").then().statusCode(200);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> pendingEventsOf(sessionId) == 4);
        // The relay tried, failed, and waits before the next try instead of trying every tick.
        await().atMost(Duration.ofSeconds(60)).until(() -> failedAttemptsOfFirstEvent(sessionId) >= 1);
        TestInfrastructure.kafka().start();

        List<ConsumerRecord<String, String>> answers = KafkaTestClient.awaitRecords(Topics.ANSWER_SUBMITTED, 3,
                record -> sessionId.equals(record.key()), Duration.ofSeconds(90));
        KafkaTestClient.awaitRecords(Topics.SESSION_COMPLETED, 1, record -> sessionId.equals(record.key()),
                Duration.ofSeconds(30));
        List<Integer> positions = new ArrayList<>();
        for (ConsumerRecord<String, String> record : answers) {
            positions.add(json.readTree(record.value()).path("data").path("position").asInt());
        }
        assertThat(positions).containsExactly(1, 2, 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingEventsOf(sessionId) == 0);
    }

    private int failedAttemptsOfFirstEvent(String sessionId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "SELECT e.attempts FROM OutboxEvent e WHERE e.messageKey = :key ORDER BY e.seq", Integer.class)
                .setParameter("key", sessionId).setMaxResults(1).getSingleResult());
    }

    private long pendingEventsOf(String sessionId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "SELECT count(e) FROM OutboxEvent e WHERE e.sentAt IS NULL AND e.messageKey = :key", Long.class)
                .setParameter("key", sessionId).getSingleResult());
    }
}
