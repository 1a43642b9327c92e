package dev.mockinterview.question.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.List;

/** One point a strong answer makes, its weight in the score, and other ways a candidate might phrase it. */
public record KeyPoint(@NotBlank @Size(max = 500) String text,
                       @Positive double weight,
                       @NotNull @Size(max = 4) List<@NotBlank @Size(max = 500) String> alternatives) {
}
