package dev.mockinterview.session.domain;

import java.time.Instant;
import java.util.UUID;

/** What became of a submitted answer: stored, or refused because its question's time was up. */
public sealed interface Submission {
    /** The answer is stored (now, or by an identical earlier submission). */
    record Stored(UUID answerId, UUID sessionId, int position, String questionId, int questionVersion,
                  String text, Instant submittedAt) implements Submission {
    }

    /** The question's time limit, which ended then, had passed: it counts as unanswered. */
    record TooLate(Instant limitEndsAt) implements Submission {
    }
}
