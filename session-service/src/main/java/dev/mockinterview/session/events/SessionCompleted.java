package dev.mockinterview.session.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The data of a session-completed event (topic session-completed, key = session id). */
public record SessionCompleted(UUID sessionId, String candidateId, String role, int questionCount,
                               List<UUID> answerIds, Instant completedAt, String endedAs) {
}
