package dev.mockinterview.scoring.domain;

/**
 * Announces what scoring decided. Called inside the transaction that stores it, so the announcement is kept if and
 * only if the score or report is.
 */
public interface ScorePublisher {
    void answerScored(Answer answer, AnswerScore score);

    void sessionScored(SessionReport report);
}
