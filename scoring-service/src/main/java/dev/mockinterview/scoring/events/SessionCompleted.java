package dev.mockinterview.scoring.events;

import dev.mockinterview.scoring.domain.SessionCompletion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The data of a session-completed event. */
public record SessionCompleted(UUID sessionId, String candidateId, String role, int questionCount,
                               List<UUID> answerIds, Instant completedAt, String endedAs) {

    SessionCompletion toCompletion() {
        return new SessionCompletion(sessionId, candidateId, role, questionCount, answerIds, completedAt, endedAs);
    }
}
