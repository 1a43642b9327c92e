package dev.mockinterview.session.events;

import java.time.Instant;
import java.util.UUID;

/** The data of an answer-submitted event (topic answer-submitted, key = session id). */
public record AnswerSubmitted(UUID answerId, UUID sessionId, String candidateId, int position, String questionId,
                              int questionVersion, String text, Instant submittedAt, long timeTakenMillis) {
}
