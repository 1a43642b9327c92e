package dev.mockinterview.contracts;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class EventDeliveryTest {
    private final AtomicReference<String> settled = new AtomicReference<>("unsettled");
    private final AtomicInteger refusals = new AtomicInteger();
    private final Message<String> message = Message.of("{}",
            () -> {
                settled.set("acked");
                return CompletableFuture.completedFuture(null);
            },
            failure -> {
                settled.set("nacked: " + failure.getMessage());
                return CompletableFuture.completedFuture(null);
            });

    @Test
    void anAppliedEventIsAcknowledged() {
        EventDelivery.deliver(message, payload -> { }, () -> false, refusals::incrementAndGet);

        assertThat(settled).hasValue("acked");
    }

    @Test
    void anEventThatCanNeverBeAppliedIsRefusedForTheDeadLetterTopicWithoutRetrying() {
        AtomicInteger attempts = new AtomicInteger();

        EventDelivery.deliver(message, payload -> {
            attempts.incrementAndGet();
            throw new UnusableEventException("breaks its contract");
        }, () -> false, refusals::incrementAndGet);

        assertThat(settled).hasValue("nacked: breaks its contract");
        assertThat(refusals).hasValue(1);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aConstraintViolationIsTheEventsOwnMakingAndIsRefusedAfterBoundedRetries() {
        AtomicInteger attempts = new AtomicInteger();

        EventDelivery.deliver(message, payload -> {
            attempts.incrementAndGet();
            throw new IllegalStateException(new SQLException("duplicate key", "23505"));
        }, () -> false, refusals::incrementAndGet);

        assertThat(settled.get()).startsWith("nacked");
        assertThat(attempts).hasValue(EventDelivery.ATTEMPTS);
        assertThat(refusals).hasValue(1);
    }

    @Test
    void anUnexpectedFailureThatGoesAwayOnRetryIsApplied() {
        AtomicInteger attempts = new AtomicInteger();

        EventDelivery.deliver(message, payload -> {
            if (attempts.incrementAndGet() < EventDelivery.ATTEMPTS) {
                throw new IllegalStateException("row was updated by another transaction");
            }
        }, () -> false, refusals::incrementAndGet);

        assertThat(settled).hasValue("acked");
        assertThat(refusals).hasValue(0);
    }

    @Test
    void aLostDatabaseConnectionIsTriedAgainUntilTheEventIsApplied() {
        AtomicInteger attempts = new AtomicInteger();

        EventDelivery.deliver(message, payload -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException(new SQLException("connection refused", "08001"));
            }
        }, () -> false, refusals::incrementAndGet);

        assertThat(attempts).hasValue(3);
        assertThat(settled).hasValue("acked");
        assertThat(refusals).hasValue(0);
    }

    @Test
    void whileShuttingDownAFailedEventIsLeftUnacknowledgedToComeAgainAfterTheRestart() {
        EventDelivery.deliver(message, payload -> {
            throw new IllegalStateException("EntityManagerFactory is closed");
        }, () -> true, refusals::incrementAndGet);

        assertThat(settled).hasValue("unsettled");
    }

    @Test
    void theEventsIdsAreLogFieldsWhileItIsAppliedAndGoneAfterwards() {
        Map<String, Object> whileApplied = new HashMap<>();
        Message<String> answer = Message.of(EventContracts.example("answer-submitted"));

        EventDelivery.deliver(answer, payload -> whileApplied.putAll(MDC.getMap()), () -> false,
                refusals::incrementAndGet);

        assertThat(whileApplied).containsEntry("eventType", "answer-submitted")
                .containsEntry("sessionId", "0c6f9f5e-8d1b-4a8e-b3f4-6c1b1f0e7d22")
                .containsEntry("answerId", "7d3c2b1a-0f9e-4d8c-a7b6-5e4f3a2b1c0d")
                .containsEntry("questionId", "idempotent-http-methods")
                .doesNotContainKey("text");
        assertThat(MDC.getMap()).isEmpty();
    }
}
