package dev.mockinterview.scoring.events;

import dev.mockinterview.scoring.domain.Assessment;
import dev.mockinterview.scoring.domain.SessionCompletion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The data of a session-completed event; {@code assessment} is absent for practice. */
public record SessionCompleted(UUID sessionId, String candidateId, String role, int questionCount,
                               List<UUID> answerIds, Instant completedAt, String endedAs,
                               Assessment assessment) {

    SessionCompletion toCompletion() {
        return new SessionCompletion(sessionId, candidateId, role, questionCount, answerIds, completedAt, endedAs,
                assessment);
    }
}
