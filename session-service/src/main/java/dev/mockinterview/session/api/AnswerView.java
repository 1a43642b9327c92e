package dev.mockinterview.session.api;

import dev.mockinterview.session.domain.Answer;
import dev.mockinterview.session.domain.SessionQuestion;

import java.time.Instant;
import java.util.UUID;

/** A stored answer, as its author sees it. */
public record AnswerView(UUID answerId, UUID sessionId, int position, String questionId, int questionVersion,
                         String text, Instant submittedAt) {

    static AnswerView of(Answer answer) {
        SessionQuestion question = answer.session.questions.get(answer.position - 1);
        return new AnswerView(answer.id, answer.session.id, answer.position, question.questionId,
                question.questionVersion, answer.text, answer.submittedAt);
    }
}
