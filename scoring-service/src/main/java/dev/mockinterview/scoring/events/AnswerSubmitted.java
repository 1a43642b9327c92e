package dev.mockinterview.scoring.events;

import dev.mockinterview.scoring.domain.Answer;

import java.time.Instant;
import java.util.UUID;

/** The data of an answer-submitted event. */
public record AnswerSubmitted(UUID answerId, UUID sessionId, String candidateId, int position, String questionId,
                              int questionVersion, String text, Instant submittedAt, long timeTakenMillis) {

    Answer toAnswer() {
        Answer answer = new Answer();
        answer.id = answerId;
        answer.sessionId = sessionId;
        answer.candidateId = candidateId;
        answer.position = position;
        answer.questionId = questionId;
        answer.questionVersion = questionVersion;
        answer.text = text;
        answer.submittedAt = submittedAt;
        answer.timeTakenMillis = timeTakenMillis;
        return answer;
    }
}
