package dev.mockinterview.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one parse-and-check step of every consumer: the record is parsed once, checked against its contract, and
 * handed on as a typed {@link CloudEvent}. Whatever can never be applied (no value, not JSON, breaks its contract,
 * an event of another topic) is an {@link UnusableEventException}, which {@link EventDelivery} sends to the
 * dead-letter topic at once with the reason.
 */
public final class EventReader {
    private final ObjectMapper json;

    /**
     * @param json the service's mapper, which reads the data records as the rest of the service does, except that a
     *             field the record does not know is skipped: the contract check decides what an event may carry, and
     *             a service that refuses unknown fields in requests must not dead-letter an event for an added one
     */
    public EventReader(ObjectMapper json) {
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The event, which must be of this type: the only one its topic carries. */
    public <T> CloudEvent<T> read(String value, String type, Class<T> data) {
        CloudEvent<T> event = checked(parse(value), data);
        if (!type.equals(event.type())) {
            throw new UnusableEventException("a " + event.type() + " event does not belong on this topic");
        }
        return event;
    }

    /**
     * The event when it is of one of these types; empty for another type, which the consumer has no use for (a
     * topic may carry types that another consumer reads).
     */
    public <T> Optional<CloudEvent<T>> readIfOf(String value, Set<String> types, Class<T> data) {
        JsonNode tree = parse(value);
        JsonNode type = tree.path("type");
        if (!type.isTextual()) {
            throw new UnusableEventException("the event has no type");
        }
        return types.contains(type.asText()) ? Optional.of(checked(tree, data)) : Optional.empty();
    }

    private JsonNode parse(String value) {
        if (value == null) {
            throw new UnusableEventException("the record has no value");
        }
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new UnusableEventException("the event is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    // The contract is checked on the tree, and the tree becomes the event.
    private <T> CloudEvent<T> checked(JsonNode tree, Class<T> data) {
        List<String> violations = EventContracts.violations(tree);
        if (!violations.isEmpty()) {
            throw new UnusableEventException("the event breaks its contract: " + String.join("; ", violations));
        }
        JavaType eventType = json.getTypeFactory().constructParametricType(CloudEvent.class, data);
        try {
            return json.readerFor(eventType).readValue(tree);
        } catch (IOException e) {
            throw new UnusableEventException("the event cannot be read: " + e.getMessage(), e);
        }
    }
}
