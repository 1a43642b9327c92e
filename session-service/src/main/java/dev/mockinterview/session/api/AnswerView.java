package dev.mockinterview.session.api;

import dev.mockinterview.session.domain.Submission;

import java.time.Instant;
import java.util.UUID;

/** A stored answer, as its author sees it. */
public record AnswerView(UUID answerId, UUID sessionId, int position, String questionId, int questionVersion,
                         String text, Instant submittedAt) {

    static AnswerView of(Submission.Stored answer) {
        return new AnswerView(answer.answerId(), answer.sessionId(), answer.position(), answer.questionId(),
                answer.questionVersion(), answer.text(), answer.submittedAt());
    }
}
