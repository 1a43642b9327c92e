package dev.mockinterview.question.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.contracts.EventContracts;
import dev.mockinterview.contracts.Topics;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.question.testing.Authors;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.mockinterview.question.testing.Authors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class PublishingWhileTheBrokerIsDownTest {
    private final ObjectMapper json = new ObjectMapper();
    @Inject
    EntityManager entityManager;

    @AfterEach
    void brokerIsBack() {
        TestInfrastructure.kafka().start();
    }

    @Test
    void aQuestionPublishedWhileTheBrokerIsStoppedIsAnnouncedOnceItIsBack() throws Exception {
        TestInfrastructure.kafka().stop();

        Authors.createPublished("published-in-an-outage", "outage-role", "design", "outages");
        as("candidate").get("/api/v1/questions/published-in-an-outage").then().statusCode(200)
                .body("version", equalTo(1));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> unsentEventsOf("published-in-an-outage:1") == 1);
        TestInfrastructure.kafka().start();

        List<ConsumerRecord<String, String>> records = KafkaTestClient.awaitRecords(Topics.QUESTION_CATALOGUE, 1,
                record -> "published-in-an-outage:1".equals(record.key()), Duration.ofSeconds(90));
        assertThat(EventContracts.violations(records.get(0).value())).isEmpty();
        assertThat(json.readTree(records.get(0).value()).path("type").asText()).isEqualTo("question-published");
        await().atMost(Duration.ofSeconds(30)).until(() -> unsentEventsOf("published-in-an-outage:1") == 0);
    }

    private long unsentEventsOf(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE message_key = ?1 AND sent_at IS NULL")
                .setParameter(1, key).getSingleResult()).longValue());
    }
}
