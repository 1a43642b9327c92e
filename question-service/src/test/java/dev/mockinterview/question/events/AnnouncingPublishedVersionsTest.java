package dev.mockinterview.question.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.contracts.EventContracts;
import dev.mockinterview.contracts.Topics;
import dev.mockinterview.localstack.testing.KafkaTestClient;
import dev.mockinterview.localstack.testing.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class AnnouncingPublishedVersionsTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyPublishedVersionReachesTheCatalogueTopicAsAValidCloudEventKeyedByQuestionId() throws Exception {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.awaitRecords(Topics.QUESTION_CATALOGUE, 6,
                record -> true, Duration.ofSeconds(30));

        for (ConsumerRecord<String, String> record : records) {
            assertThat(EventContracts.violations(record.value())).as(record.value()).isEmpty();
            JsonNode event = json.readTree(record.value());
            assertThat(event.path("type").asText()).isEqualTo("question-published");
            assertThat(record.key()).isEqualTo(event.path("data").path("questionId").asText())
                    .isEqualTo(event.path("subject").asText());
            assertThat(new String(record.headers().lastHeader("content-type").value()))
                    .startsWith("application/cloudevents+json");
        }
        assertThat(records).extracting(ConsumerRecord::key).doesNotHaveDuplicates();
    }
}
