package dev.mockinterview.session.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.contracts.CloudEvent;
import dev.mockinterview.session.domain.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/** Writes an event as a CloudEvent into the outbox, inside the caller's transaction. */
@ApplicationScoped
public class OutboxWriter {
    static final String SOURCE = "/session-service";

    private final ObjectMapper json;

    OutboxWriter(ObjectMapper json) {
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String type, String subject, Object data) {
        UUID id = UUID.randomUUID();
        OutboxEvent event = new OutboxEvent();
        event.eventId = id;
        event.topic = topic;
        event.messageKey = subject;
        try {
            event.payload = json.writeValueAsString(
                    CloudEvent.of(id.toString(), SOURCE, type, Instant.now(), subject, data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not serialise a " + type + " event", e);
        }
        event.persist();
    }
}
