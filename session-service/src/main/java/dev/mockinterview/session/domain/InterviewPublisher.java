package dev.mockinterview.session.domain;

import java.time.Duration;

/**
 * Announces what happened in an interview. Called inside the transaction that stores it, so the announcement is
 * kept if and only if the change is: an accepted answer is never without its answer-submitted event.
 */
public interface InterviewPublisher {
    /** An answer was stored in the session; timeTaken runs from its question's presentation to the answer. */
    void answerSubmitted(Submission.Stored answer, InterviewSession session, Duration timeTaken);

    /** The session has ended, however it ended. */
    void sessionEnded(InterviewSession session);
}
