package dev.mockinterview.session.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The data of a session-completed event (topic session-completed, key = session id).
 *
 * @param assessment the assessment the session was taken for; absent (never null in JSON) for practice
 */
public record SessionCompleted(UUID sessionId, String candidateId, String role, int questionCount,
                               List<UUID> answerIds, Instant completedAt, String endedAs,
                               @JsonInclude(JsonInclude.Include.NON_NULL) SessionAssessment assessment) {
}
