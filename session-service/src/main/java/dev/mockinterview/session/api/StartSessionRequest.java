package dev.mockinterview.session.api;

import dev.mockinterview.contracts.Difficulty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What a candidate asks for when starting an interview: a role, how many questions, and optionally the topics to
 * draw from and one difficulty.
 */
public record StartSessionRequest(@NotNull @Size(max = 80) @Pattern(regexp = SLUG) String role,
                                  @NotNull @Min(1) @Max(20) Integer questionCount,
                                  @Size(max = 10) List<@NotNull @Size(max = 80) @Pattern(regexp = SLUG) String> topics,
                                  @Pattern(regexp = Difficulty.PATTERN) String difficulty) {
    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

    List<String> topicsOrAll() {
        return topics == null ? List.of() : List.copyOf(topics);
    }
}
