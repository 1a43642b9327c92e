package dev.mockinterview.session.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A candidate's answer text. */
public record AnswerRequest(@NotNull @Size(max = 10_000) String text) {
}
