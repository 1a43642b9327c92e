package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.domain.AnswerReview;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One review of an answer's score as stored: its revision (1 for the answer's first), the machine score it reviewed,
 * the final score before it and the one it set, and every key point with the machine's status, the status before the
 * review and after it.
 */
public record ReviewView(UUID reviewId, int revision, UUID sessionId, UUID answerId, String reviewerId,
                         Instant reviewedAt, String reason, int machineScore, String scorerVersion, int previousScore,
                         int score, List<AnswerReview.KeyPointReview> keyPoints) {

    static ReviewView of(UUID sessionId, UUID answerId, AnswerReview.Revision review) {
        return new ReviewView(review.reviewId(), review.revision(), sessionId, answerId, review.reviewerId(),
                review.reviewedAt(), review.reason(), review.machineScore(), review.scorerVersion(),
                review.previousScore(), review.score(), review.keyPoints());
    }
}
