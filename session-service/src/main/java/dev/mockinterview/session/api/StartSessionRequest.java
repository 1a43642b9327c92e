package dev.mockinterview.session.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a candidate asks for when starting an interview. */
public record StartSessionRequest(@NotNull @Size(max = 80) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") String role,
                                  @NotNull @Min(1) @Max(20) Integer questionCount) {
}
