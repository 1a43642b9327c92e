package dev.mockinterview.testsupport;

import dev.mockinterview.contracts.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/** Plain Kafka clients on the test broker, to feed a service events and to read what it produced. */
public final class KafkaTestClient {
    private KafkaTestClient() {
    }

    /**
     * Sends one record with the CloudEvents content type header, as the platform's producers do, and waits for the
     * broker's acknowledgement.
     */
    public static void send(String topic, String key, String value) {
        send(topic, key, value, Map.of());
    }

    /** Sends one record as {@link #send(String, String, String)} does, with further headers (a traceparent, say). */
    public static void send(String topic, String key, String value, Map<String, String> headers) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to " + topic, e.getCause());
        }
    }

    /**
     * Reads the topic from its beginning until {@code count} records match, or fails after the timeout with what
     * it saw.
     */
    public static List<ConsumerRecord<String, String>> awaitRecords(String topic, int count,
                                                                   Predicate<ConsumerRecord<String, String>> matching,
                                                                   Duration timeout) {
        List<ConsumerRecord<String, String>> matched = new ArrayList<>();
        int seen = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (matched.size() < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen++;
                    if (matching.test(record)) {
                        matched.add(record);
                    }
                }
            }
        }
        if (matched.size() < count) {
            throw new AssertionError("expected " + count + " matching records on " + topic + " within " + timeout
                    + " but found " + matched.size() + " among " + seen);
        }
        return matched;
    }
}
