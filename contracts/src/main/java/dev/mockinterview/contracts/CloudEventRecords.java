package dev.mockinterview.contracts;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends serialized CloudEvents as Kafka records (structured mode: the event is the value, with the CloudEvents
 * content type header) and reports the broker's acknowledgement, which every relay waits for before it marks an
 * event as published.
 */
public final class CloudEventRecords {
    private CloudEventRecords() {
    }

    /** Sends one event; the future completes when the broker acknowledges it and fails when it refuses it. */
    public static CompletableFuture<Void> send(Emitter<String> emitter, String topic, String key, String eventJson) {
        return send(emitter, topic, key, eventJson, Map.of());
    }

    /** Sends one event with headers of its own besides the content type (a W3C {@code traceparent}, say). */
    public static CompletableFuture<Void> send(Emitter<String> emitter, String topic, String key, String eventJson,
                                               Map<String, String> extraHeaders) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        extraHeaders.forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        emitter.send(Message.of(eventJson)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(topic)
                        .withKey(key)
                        .withHeaders(headers)
                        .build())
                .withAck(() -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return ack;
    }

    /**
     * Waits for every acknowledgement.
     *
     * @return whether all were acknowledged within the timeout; when not, the caller keeps the events pending
     */
    public static boolean allAcknowledged(List<CompletableFuture<Void>> acks, Duration timeout)
            throws InterruptedException {
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }
}
