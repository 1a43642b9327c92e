package dev.mockinterview.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventReaderTest {
    // The services' mappers read times; this module has no Java time support, and these tests need no time.
    private final EventReader reader = new EventReader(new ObjectMapper().addMixIn(CloudEvent.class, NoTime.class)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

    @JsonIgnoreProperties("time")
    private abstract static class NoTime {
    }

    record Completion(String sessionId, String endedAs) {
    }

    @Test
    void anEventThatHonoursItsContractIsHandedOnTyped() {
        CloudEvent<Completion> event = reader.read(EventContracts.example(EventTypes.SESSION_COMPLETED),
                EventTypes.SESSION_COMPLETED, Completion.class);

        assertThat(event.type()).isEqualTo(EventTypes.SESSION_COMPLETED);
        assertThat(event.data().sessionId()).isNotBlank();
    }

    @Test
    void anEventThatCanNeverBeAppliedIsUnusableWithTheReason() {
        assertThatThrownBy(() -> reader.read("{not json", EventTypes.SESSION_COMPLETED, Completion.class))
                .isInstanceOf(UnusableEventException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> reader.read(null, EventTypes.SESSION_COMPLETED, Completion.class))
                .isInstanceOf(UnusableEventException.class).hasMessageContaining("no value");
        assertThatThrownBy(() -> reader.read("{\"type\": \"session-completed\"}", EventTypes.SESSION_COMPLETED,
                Completion.class))
                .isInstanceOf(UnusableEventException.class).hasMessageContaining("breaks its contract");
        assertThatThrownBy(() -> reader.read(EventContracts.example(EventTypes.ANSWER_SUBMITTED),
                EventTypes.SESSION_COMPLETED, Completion.class))
                .isInstanceOf(UnusableEventException.class).hasMessageContaining("does not belong on this topic");
    }

    // Every string and array of an event is bounded as the producer's API bounds it: a forged or broken producer
    // cannot make a consumer store or score ten megabytes.
    @Test
    void anOversizedEventBreaksItsContract() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode answer = (ObjectNode) json.readTree(EventContracts.example(EventTypes.ANSWER_SUBMITTED));
        ((ObjectNode) answer.path("data")).put("text", "x".repeat(10_001));
        ObjectNode completion = (ObjectNode) json.readTree(EventContracts.example(EventTypes.SESSION_COMPLETED));
        ArrayNode answerIds = ((ObjectNode) completion.path("data")).putArray("answerIds");
        for (int i = 0; i < 21; i++) {
            answerIds.add(UUID.randomUUID().toString());
        }

        assertThatThrownBy(() -> reader.read(json.writeValueAsString(answer), EventTypes.ANSWER_SUBMITTED,
                Completion.class))
                .isInstanceOf(UnusableEventException.class).hasMessageContaining("breaks its contract");
        assertThatThrownBy(() -> reader.read(json.writeValueAsString(completion), EventTypes.SESSION_COMPLETED,
                Completion.class))
                .isInstanceOf(UnusableEventException.class).hasMessageContaining("breaks its contract");
    }

    @Test
    void anEventOfATypeTheConsumerDoesNotReadIsPassedOver() {
        assertThat(reader.readIfOf(EventContracts.example(EventTypes.ANSWER_SUBMITTED),
                Set.of(EventTypes.SESSION_COMPLETED), Completion.class)).isEmpty();
        assertThatThrownBy(() -> reader.readIfOf("{}", Set.of(EventTypes.SESSION_COMPLETED), Completion.class))
                .isInstanceOf(UnusableEventException.class).hasMessageContaining("no type");
    }
}
