package dev.mockinterview.contracts;

import dev.mockinterview.contracts.logging.LogFields;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * How a consumer settles an incoming event so that none is lost and none blocks its partition for ever:
 * <ul>
 *     <li>applied: acknowledged, so its offset can be committed;</li>
 *     <li>an event that can never be applied ({@link UnusableEventException}: not JSON, breaks its contract):
 *     refused (nacked) at once, so the channel's dead-letter strategy moves it to the dead-letter topic with the
 *     reason;</li>
 *     <li>any other failure of the event's own making (it contradicts what is known, a bug meets it): tried
 *     {@value #ATTEMPTS} times in all, then refused the same way, so it holds its partition up for a bounded
 *     time only;</li>
 *     <li>a passing failure (the database is unreachable, a deadlock): tried again with backoff, because sending a
 *     good event to the dead-letter topic would lose it, for as long as the failure lasts: this module's
 *     {@code META-INF/microprofile-config.properties} turns off the Kafka connector's limit on how long a record may
 *     wait unacknowledged, which would otherwise fail the channel after a minute;</li>
 *     <li>while the service shuts down: left unacknowledged, so its offset is not committed and the event comes
 *     again after the restart.</li>
 * </ul>
 * While an event is applied, its ids are log fields ({@link LogFields#ofEvent}), so every line logged about it says
 * which event, session, answer and question it is about.
 */
public final class EventDelivery {
    private static final Logger LOG = Logger.getLogger(EventDelivery.class);
    /** How often a failure that is neither passing nor {@link UnusableEventException} is tried before refusing. */
    public static final int ATTEMPTS = 3;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    private static final Set<String> PASSING_STATE_CLASSES = Set.of("08", "40", "53", "57", "58");

    private EventDelivery() {
    }

    /**
     * Applies the event's payload (in its own transaction, the caller's concern) and settles the message.
     *
     * @param apply        applies the payload; throws for an event that can never be applied
     * @param shuttingDown whether the service is stopping, when retrying is pointless
     * @param refused      told of each event refused for the dead-letter topic (a metric, say)
     */
    public static CompletionStage<Void> deliver(Message<String> message, Consumer<String> apply,
                                                BooleanSupplier shuttingDown, Runnable refused) {
        try (LogFields.Scope ids = LogFields.ofEvent(message.getPayload())) {
            return settle(message, apply, shuttingDown, refused);
        }
    }

    private static CompletionStage<Void> settle(Message<String> message, Consumer<String> apply,
                                                BooleanSupplier shuttingDown, Runnable refused) {
        Duration backoff = FIRST_BACKOFF;
        int failedAttempts = 0;
        while (true) {
            try {
                apply.accept(message.getPayload());
                return message.ack();
            } catch (RuntimeException failure) {
                if (shuttingDown.getAsBoolean()) {
                    LOG.infof("Left an event unacknowledged while shutting down; it comes again after the restart: %s",
                            failure.toString());
                    return CompletableFuture.completedFuture(null);
                }
                boolean passing = isPassing(failure);
                if (!passing && (failure instanceof UnusableEventException || ++failedAttempts >= ATTEMPTS)) {
                    refused.run();
                    return message.nack(failure);
                }
                LOG.warnf("Applying an event failed (%s); trying again in %d ms: %s",
                        passing ? "a passing reason" : "attempt " + failedAttempts + " of " + ATTEMPTS,
                        backoff.toMillis(), failure.toString());
                if (!pause(backoff)) {
                    return CompletableFuture.completedFuture(null);
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    // Failures on the database's side pass: no connection (SQLState class 08, or none, as when the pool times out),
    // a deadlock or serialization failure (40), resources (53), an administrator's shutdown (57), a system error
    // (58). Anything else, a constraint violation included, is of the event's own making.
    static boolean isPassing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                return state == null || PASSING_STATE_CLASSES.contains(state.substring(0, Math.min(2, state.length())));
            }
        }
        return false;
    }

    private static boolean pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
