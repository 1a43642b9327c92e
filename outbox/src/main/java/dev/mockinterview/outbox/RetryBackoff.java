package dev.mockinterview.outbox;

import java.time.Duration;

/** Exponential backoff, capped: the wait before the next try of an event whose send failed {@code attempts} times. */
record RetryBackoff(Duration initial, Duration max) {

    Duration after(int attempts) {
        // Doubling past 2^30 overflows long milliseconds before the cap could apply; the cap is reached far earlier.
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration wait = initial.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
