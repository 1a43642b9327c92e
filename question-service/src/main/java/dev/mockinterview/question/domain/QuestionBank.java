package dev.mockinterview.question.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A bank of questions for one role, in the format the catalogue imports. */
public record QuestionBank(@NotNull @Pattern(regexp = SLUG) String role,
                           @NotEmpty List<@Valid @NotNull Entry> questions) {
    public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /** One question of the bank with the content of its first version. */
    public record Entry(@NotNull @Pattern(regexp = SLUG) @Size(max = 80) String id,
                        @NotBlank @Size(max = 80) String topic,
                        @NotNull @Pattern(regexp = "junior|mid|senior") String difficulty,
                        @NotNull List<@NotBlank @Size(max = 40) String> tags,
                        @Min(30) @Max(3600) int timeLimitSeconds,
                        @NotBlank @Size(max = 2000) String prompt,
                        @Size(max = 2000) String rationale,
                        @NotBlank @Size(max = 8000) String modelAnswer,
                        @NotNull @Size(min = 3, max = 8) List<@Valid @NotNull KeyPoint> keyPoints) {
    }
}
