package dev.mockinterview.scoring.domain;

/** Scores an answer against the question version it answers. Deterministic: same inputs, same result. */
public interface AnswerScorer {
    ScoredAnswer score(String answer, QuestionVersion question);

    /** The scorer version every {@link ScoredAnswer} of this scorer names. */
    String version();

    /**
     * Computes once, when a question version is published, what scoring its answers needs (kept on the version and
     * stored with it), so that it is not computed again for every answer. Scorers that need nothing do nothing.
     */
    default void prepare(QuestionVersion question) {
    }
}
