package dev.mockinterview.question.domain;

import java.util.Set;

/** Fired inside a transaction that wrote these questions; observers act once it has committed. */
public record QuestionsChanged(Set<String> ids) {
}
