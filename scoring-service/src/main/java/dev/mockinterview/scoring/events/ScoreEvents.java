package dev.mockinterview.scoring.events;

import dev.mockinterview.contracts.EventTypes;
import dev.mockinterview.contracts.Topics;
import dev.mockinterview.outbox.OutboxWriter;
import dev.mockinterview.scoring.domain.Answer;
import dev.mockinterview.scoring.domain.AnswerReview;
import dev.mockinterview.scoring.domain.AnswerScore;
import dev.mockinterview.scoring.domain.Assessment;
import dev.mockinterview.scoring.domain.ScorePublisher;
import dev.mockinterview.scoring.domain.SessionReport;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes answer-scored, session-scored and answer-reviewed events, keyed by session id, into the outbox in the
 * transaction that stores the score, the report or the review; the outbox relay publishes them. The session's row
 * lock, held by every caller, keeps one session's events in commit order.
 */
@ApplicationScoped
public class ScoreEvents implements ScorePublisher {
    private final OutboxWriter outbox;

    ScoreEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void answerScored(Answer answer, AnswerScore score) {
        outbox.append(Topics.ANSWER_SCORED, EventTypes.ANSWER_SCORED, answer.sessionId.toString(),
                AnswerScored.of(answer, score));
    }

    @Override
    public void sessionScored(SessionReport report) {
        outbox.append(Topics.SESSION_SCORED, EventTypes.SESSION_SCORED, report.sessionId().toString(),
                SessionScored.of(report));
    }

    @Override
    public void answerReviewed(Answer answer, Assessment assessment, AnswerReview review) {
        outbox.append(Topics.ANSWER_REVIEWED, EventTypes.ANSWER_REVIEWED, answer.sessionId.toString(),
                AnswerReviewed.of(answer, assessment, review));
    }
}
