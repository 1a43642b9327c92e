package dev.mockinterview.scoring.events;

import dev.mockinterview.contracts.Topics;
import dev.mockinterview.testsupport.CapturedLogs;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static dev.mockinterview.scoring.testing.TestEvents.QUESTION_ID;
import static dev.mockinterview.scoring.testing.TestEvents.answerSubmitted;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestEvents.questionPublished;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace runs from the candidate's request through the answer-submitted event to the stored score: session-service
 * sends the request's trace context as the record's W3C traceparent header, and scoring continues it.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class TracingThroughKafkaTest {
    @Inject
    InMemorySpanExporter spans;

    @Test
    void theConsumerOfAnAnswerContinuesTheTraceOfItsTraceparentHeader() {
        String traceId = hex(16);
        String producerSpanId = hex(8);
        UUID sessionId = UUID.randomUUID();
        UUID answerId = UUID.randomUUID();
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, QUESTION_ID, questionPublished(QUESTION_ID));

        try (CapturedLogs logs = CapturedLogs.start()) {
            KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(),
                    answerSubmitted(sessionId, answerId, "demo-candidate", 1, QUESTION_ID, canonicalAnswerText()),
                    Map.of("traceparent", "00-" + traceId + "-" + producerSpanId + "-01"));

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(spans.getFinishedSpanItems())
                    .filteredOn(span -> span.getTraceId().equals(traceId))
                    .anySatisfy(span -> {
                        assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
                        assertThat(span.getName()).startsWith(Topics.ANSWER_SUBMITTED);
                        assertThat(span.getParentSpanId()).isEqualTo(producerSpanId);
                        assertThat(span.getParentSpanContext().isRemote()).isTrue();
                    }));
            // The work done for the event is inside the trace too: its log lines name the trace.
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(logs.lines())
                    .filteredOn(line -> line.message().startsWith("Scored answer " + answerId))
                    .singleElement()
                    .satisfies(line -> assertThat(line.mdc()).containsEntry("traceId", traceId)));
        }
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
