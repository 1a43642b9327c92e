package dev.mockinterview.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

/**
 * The per-user limits, under {@code limits.}; every one has a default. Each service reads those it enforces:
 * session-service the sessions' and answers', scoring-service the previews'. A limit's name in a 429 problem is its
 * setting's name without the prefix ({@code answers-per-minute}).
 */
@ConfigMapping(prefix = "limits")
public interface LimitsConfig {
    /** Sessions a candidate may have in progress at once ({@code limits.open-sessions-per-candidate}). */
    @WithDefault("3")
    @Positive
    int openSessionsPerCandidate();

    /** Sessions a candidate may start a day ({@code limits.sessions-per-day}). */
    @WithDefault("20")
    @Positive
    int sessionsPerDay();

    /** Answers a candidate may submit a minute ({@code limits.answers-per-minute}). */
    @WithDefault("30")
    @Positive
    int answersPerMinute();

    /**
     * Sample answers a staff user may have scored a minute, by the preview API (one each call) and the rubric
     * playground (one per sample) together ({@code limits.previews-per-minute}).
     */
    @WithDefault("60")
    @Positive
    int previewsPerMinute();
}
