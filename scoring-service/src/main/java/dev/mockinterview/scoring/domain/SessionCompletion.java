package dev.mockinterview.scoring.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A session has ended: how many questions it had, which answers it holds, and its assessment (null: practice). */
public record SessionCompletion(UUID sessionId, String candidateId, String role, int questionCount,
                                List<UUID> answerIds, Instant completedAt, String endedAs,
                                Assessment assessment) {
}
