package dev.mockinterview.session.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A candidate's answer text. */
public record AnswerRequest(@NotNull @Size(max = AnswerRequest.MAX_LENGTH) String text) {
    /** The longest answer accepted, in characters (UTF-16 units, as Java and the browser count them). */
    public static final int MAX_LENGTH = 10_000;
}
