package dev.mockinterview.scoring.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A session has ended: how many questions it had and which answers it holds. */
public record SessionCompletion(UUID sessionId, String candidateId, String role, int questionCount,
                                List<UUID> answerIds, Instant completedAt, String endedAs) {
}
