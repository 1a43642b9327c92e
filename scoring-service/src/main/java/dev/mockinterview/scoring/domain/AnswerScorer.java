package dev.mockinterview.scoring.domain;

/** Scores an answer against the question version it answers. Deterministic: same inputs, same result. */
public interface AnswerScorer {
    ScoredAnswer score(String answer, QuestionVersion question);
}
