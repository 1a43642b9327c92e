package dev.mockinterview.session.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/**
 * The data of an answer-submitted event (topic answer-submitted, key = session id).
 *
 * @param assessment the assessment the session was taken for; absent (never null in JSON) for practice
 */
public record AnswerSubmitted(UUID answerId, UUID sessionId, String candidateId, int position, String questionId,
                              int questionVersion, String text, Instant submittedAt, long timeTakenMillis,
                              @JsonInclude(JsonInclude.Include.NON_NULL) SessionAssessment assessment) {
}
