package dev.mockinterview.question.events;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.mockinterview.question.testing.Authors.admin;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class AnnouncingCatalogueChangesTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private final ObjectMapper json = new ObjectMapper();
    @Inject
    EntityManager entityManager;

    @Test
    void everyShippedQuestionIsAnnouncedAsAValidCloudEventKeyedByItsVersion() throws Exception {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.awaitRecords(Topics.QUESTION_CATALOGUE, 46,
                record -> record.value().contains("\"role\":\"backend-engineer\""), WAIT);

        for (ConsumerRecord<String, String> record : records) {
            assertThat(EventContracts.violations(record.value())).as(record.value()).isEmpty();
            JsonNode event = json.readTree(record.value());
            JsonNode data = event.path("data");
            assertThat(event.path("type").asText()).isEqualTo("question-published");
            assertThat(record.key()).isEqualTo(data.path("questionId").asText() + ":" + data.path("version").asInt())
                    .isEqualTo(event.path("subject").asText());
            assertThat(new String(record.headers().lastHeader("content-type").value()))
                    .startsWith("application/cloudevents+json");
        }
        assertThat(records).extracting(ConsumerRecord::key).doesNotHaveDuplicates();
    }

    @Test
    void publishingEditingAndRetiringAnnounceEachVersionInOrderUnderItsOwnKey() throws Exception {
        String etag = Authors.createPublished("announced-changes", "events-role", "design", "announcements");
        admin().header("If-Match", etag).body(Authors.content("The second version of the announced question?"))
                .put("/api/v1/questions/announced-changes").then().statusCode(200);
        Authors.publish("announced-changes").statusCode(200);
        admin().post("/api/v1/questions/announced-changes/retire").then().statusCode(200);

        List<ConsumerRecord<String, String>> first = KafkaTestClient.awaitRecords(Topics.QUESTION_CATALOGUE, 2,
                record -> "announced-changes:1".equals(record.key()), WAIT);
        List<ConsumerRecord<String, String>> second = KafkaTestClient.awaitRecords(Topics.QUESTION_CATALOGUE, 2,
                record -> "announced-changes:2".equals(record.key()), WAIT);

        assertThat(types(first)).containsExactly("question-published", "question-retired");
        assertThat(types(second)).containsExactly("question-published", "question-retired");
        JsonNode retired = json.readTree(second.get(1).value());
        assertThat(EventContracts.violations(retired)).isEmpty();
        assertThat(retired.path("data").path("prompt").asText())
                .isEqualTo("The second version of the announced question?");
        assertThat(retired.path("data").path("keyPoints")).hasSize(3);
        assertThat(retired.path("data").path("retiredAt").isTextual()).isTrue();
    }

    @Test
    void draftsAreNotAnnounced() {
        Authors.create(Authors.newQuestion("never-published", "events-role", "design", "drafts")).statusCode(201);
        Authors.createPublished("published-after-the-draft", "events-role", "design", "ordering");

        assertThat(outboxEventsOf("published-after-the-draft:1")).isEqualTo(1);
        assertThat(outboxEventsOf("never-published:1")).isZero();
    }

    private long outboxEventsOf(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE message_key = ?1").setParameter(1, key)
                .getSingleResult()).longValue());
    }

    private List<String> types(List<ConsumerRecord<String, String>> records) throws Exception {
        List<String> types = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            types.add(json.readTree(record.value()).path("type").asText());
        }
        return types;
    }
}
