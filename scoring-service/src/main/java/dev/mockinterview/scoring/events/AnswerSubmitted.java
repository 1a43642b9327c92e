package dev.mockinterview.scoring.events;

import dev.mockinterview.scoring.domain.Answer;
import dev.mockinterview.scoring.domain.Assessment;

import java.time.Instant;
import java.util.UUID;

/** The data of an answer-submitted event; {@code assessment} is absent for practice. */
public record AnswerSubmitted(UUID answerId, UUID sessionId, String candidateId, int position, String questionId,
                              int questionVersion, String text, Instant submittedAt, long timeTakenMillis,
                              Assessment assessment) {

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
