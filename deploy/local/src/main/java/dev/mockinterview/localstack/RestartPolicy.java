package dev.mockinterview.localstack;

import java.time.Duration;
import java.util.Optional;

/**
 * When the local stack starts a service again after it exited unexpectedly: after a wait that doubles with each
 * restart, at most {@code maxRestarts} times in a row. A service that had stayed up for {@code stableAfter} before it
 * exited crashed afresh, not again: its count starts over.
 */
record RestartPolicy(int maxRestarts, Duration firstBackoff, Duration stableAfter) {
    /** Three restarts, after 2, 4 and 8 seconds; five minutes up makes a service stable again. */
    static final RestartPolicy LOCAL = new RestartPolicy(3, Duration.ofSeconds(2), Duration.ofMinutes(5));

    /**
     * The restarts that count against the limit, for a service restarted {@code restarts} times that ran for
     * {@code upFor} before it exited.
     */
    int restartsCounted(int restarts, Duration upFor) {
        return upFor.compareTo(stableAfter) >= 0 ? 0 : restarts;
    }

    /** The wait before the next restart of a service restarted {@code restarts} times in a row; empty to give up. */
    Optional<Duration> backoff(int restarts) {
        if (restarts >= maxRestarts) {
            return Optional.empty();
        }
        return Optional.of(firstBackoff.multipliedBy(1L << Math.min(restarts, 30)));
    }
}
