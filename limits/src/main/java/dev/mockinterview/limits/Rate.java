package dev.mockinterview.limits;

import java.time.Duration;
import java.util.function.ToIntFunction;

/** A per-user rate: so many actions per period, each user with a token bucket of their own. */
public enum Rate {
    SESSIONS_PER_DAY("sessions-per-day", Duration.ofDays(1), "interviews started a day",
            LimitsConfig::sessionsPerDay),
    ANSWERS_PER_MINUTE("answers-per-minute", Duration.ofMinutes(1), "answers a minute",
            LimitsConfig::answersPerMinute),
    PREVIEWS_PER_MINUTE("previews-per-minute", Duration.ofMinutes(1), "sample answers scored a minute",
            LimitsConfig::previewsPerMinute);

    private final String limit;
    private final Duration period;
    private final String inWords;
    private final ToIntFunction<LimitsConfig> capacity;

    Rate(String limit, Duration period, String inWords, ToIntFunction<LimitsConfig> capacity) {
        this.limit = limit;
        this.period = period;
        this.inWords = inWords;
        this.capacity = capacity;
    }

    /** The limit's name, as its setting spells it after {@code limits.}. */
    public String limit() {
        return limit;
    }

    Duration period() {
        return period;
    }

    /** The rate in words, after its capacity: "answers a minute". */
    String inWords() {
        return inWords;
    }

    int capacity(LimitsConfig config) {
        return capacity.applyAsInt(config);
    }
}
