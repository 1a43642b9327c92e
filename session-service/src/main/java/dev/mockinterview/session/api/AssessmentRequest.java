package dev.mockinterview.session.api;

import dev.mockinterview.contracts.Difficulty;
import dev.mockinterview.session.domain.AssessmentSpec;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * An assessment as a recruiter creates or edits it: a title, a role, its questions as either {@code questionIds}
 * (a fixed list, asked in that order) or {@code rules} (drawn once, when it opens), an optional time limit for every
 * question (otherwise each question's own), the window in which invited candidates may start it, and whether they
 * see their feedback once they finish.
 */
public record AssessmentRequest(@NotBlank @Size(max = 200) String title,
                                @NotNull @Size(max = 80) @Pattern(regexp = StartSessionRequest.SLUG) String role,
                                @Size(min = 1, max = 20)
                                List<@NotNull @Size(max = 80) @Pattern(regexp = StartSessionRequest.SLUG) String>
                                        questionIds,
                                @Valid Rules rules,
                                @Min(30) @Max(3600) Integer timeLimitSeconds,
                                @NotNull Instant opensAt,
                                @NotNull Instant closesAt,
                                @NotNull Boolean showsFeedback) {

    /** Draw {@code count} current questions of the role, of the topics (all when none) and the difficulty (any). */
    public record Rules(@Size(max = 10)
                        List<@NotNull @Size(max = 80) @Pattern(regexp = StartSessionRequest.SLUG) String> topics,
                        @Pattern(regexp = Difficulty.PATTERN) String difficulty,
                        @NotNull @Min(1) @Max(20) Integer count) {
    }

    /** The domain's terms for it. */
    public AssessmentSpec spec() {
        return new AssessmentSpec(title, role, questionIds, rules == null ? null : rules.topics(),
                rules == null ? null : rules.difficulty(), rules == null ? null : rules.count(), timeLimitSeconds,
                opensAt, closesAt, showsFeedback);
    }
}
