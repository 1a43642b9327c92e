package dev.mockinterview.contracts.refusal;

import java.time.Duration;

/**
 * The caller is over one of their limits (open sessions, answers a minute, ...): they may ask again after
 * {@link #retryAfter()}. The kind is {@code too-many-requests}; the limit is named apart, as it is configured
 * ({@code answers-per-minute}).
 */
public final class TooMany extends Refusal {
    private final String limit;
    private final Duration retryAfter;

    /**
     * @param limit      the limit's name, as its setting under {@code limits.} spells it
     * @param retryAfter how long until the request could succeed: a positive whole number of seconds is sent
     */
    public TooMany(String limit, Duration retryAfter, String detail) {
        super("too-many-requests", "Too many requests", detail);
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public String limit() {
        return limit;
    }

    /** Whole seconds, rounded up and at least one: what the {@code Retry-After} header says. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.plusNanos(999_999_999).toSeconds());
    }
}
