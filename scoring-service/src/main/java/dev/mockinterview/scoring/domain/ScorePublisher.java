package dev.mockinterview.scoring.domain;

/**
 * Announces what scoring decided. Called inside the transaction that stores it, so the announcement is kept if and
 * only if the score, report or review is.
 */
public interface ScorePublisher {
    void answerScored(Answer answer, AnswerScore score);

    void sessionScored(SessionReport report);

    /** A person reviewed an answer of an assessment's session. */
    void answerReviewed(Answer answer, Assessment assessment, AnswerReview review);
}
