package dev.mockinterview.session.events;

import dev.mockinterview.contracts.EventTypes;
import dev.mockinterview.contracts.Topics;
import dev.mockinterview.outbox.OutboxWriter;
import dev.mockinterview.session.domain.InterviewPublisher;
import dev.mockinterview.session.domain.InterviewSession;
import dev.mockinterview.session.domain.Submission;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * Writes answer-submitted and session-completed events, keyed by session id, into the outbox in the transaction of
 * the change they report; the outbox relay publishes them. An assessment session's events name its assessment,
 * practice's name none. The session's row lock, held by every caller, keeps one
 * session's events in commit order.
 */
@ApplicationScoped
public class InterviewEvents implements InterviewPublisher {
    private final OutboxWriter outbox;

    InterviewEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void answerSubmitted(Submission.Stored answer, InterviewSession session, Duration timeTaken) {
        outbox.append(Topics.ANSWER_SUBMITTED, EventTypes.ANSWER_SUBMITTED, answer.sessionId().toString(),
                new AnswerSubmitted(answer.answerId(), answer.sessionId(), session.candidateId, answer.position(),
                        answer.questionId(), answer.questionVersion(), answer.text(), answer.submittedAt(),
                        timeTaken.toMillis(), SessionAssessment.of(session)));
    }

    @Override
    public void sessionEnded(InterviewSession session) {
        outbox.append(Topics.SESSION_COMPLETED, EventTypes.SESSION_COMPLETED, session.id.toString(),
                new SessionCompleted(session.id, session.candidateId, session.role, session.questionCount,
                        session.answers.stream().map(answer -> answer.id).toList(), session.completedAt,
                        session.endedAs.name(), SessionAssessment.of(session)));
    }
}
