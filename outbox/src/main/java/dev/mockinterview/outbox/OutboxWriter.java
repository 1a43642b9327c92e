package dev.mockinterview.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.contracts.CloudEvent;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Writes an event as a CloudEvent into the outbox, inside the caller's transaction, so the event exists exactly when
 * the state change it reports does.
 *
 * <p>Order per key is the order of the writers' commits only if they are serialised per key: callers that may race on
 * one aggregate must lock it (a row lock on the aggregate, say) before appending its events.
 */
@ApplicationScoped
public class OutboxWriter {
    static final String TRACEPARENT = "traceparent";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final String source;

    OutboxWriter(EntityManager entityManager, ObjectMapper json, OutboxConfig config) {
        this.entityManager = entityManager;
        this.json = json;
        this.source = config.source();
    }

    /**
     * Appends an event of the aggregate {@code key}: the key is both the CloudEvent's subject and the Kafka record key.
     *
     * @param data the event's data record, serialised as JSON
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String type, String key, Object data) {
        UUID id = UUID.randomUUID();
        OutboxEvent event = new OutboxEvent();
        event.eventId = id;
        event.topic = topic;
        event.messageKey = key;
        event.traceparent = currentTraceparent();
        try {
            event.payload = json.writeValueAsString(CloudEvent.of(id.toString(), source, type, Instant.now(), key,
                    data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not serialise a " + type + " event", e);
        }
        entityManager.persist(event);
    }

    // The W3C form of the current span (none without an OpenTelemetry SDK, or outside any trace).
    private static String currentTraceparent() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }
}
