package dev.mockinterview.scoring.events;

import dev.mockinterview.scoring.domain.Answer;
import dev.mockinterview.scoring.domain.AnswerReview;
import dev.mockinterview.scoring.domain.Assessment;
import dev.mockinterview.scoring.domain.ScoredAnswer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The data of an answer-reviewed event: a person's score for an answer over the machine's, and why. */
public record AnswerReviewed(UUID reviewId, int revision, UUID answerId, UUID sessionId, String candidateId,
                             UUID assessmentId, String questionId, int questionVersion, String reviewerId,
                             Instant reviewedAt, String reason, int machineScore, String scorerVersion,
                             int previousScore, int score, List<KeyPoint> keyPoints) {

    /** A key point of the machine score reviewed, with the machine's status and the reviewed one. */
    public record KeyPoint(String text, ScoredAnswer.Coverage machineStatus, ScoredAnswer.Coverage status) {
    }

    static AnswerReviewed of(Answer answer, Assessment assessment, AnswerReview review) {
        return new AnswerReviewed(review.id, review.revision, answer.id, answer.sessionId, answer.candidateId,
                assessment.assessmentId(), answer.questionId, answer.questionVersion, review.reviewerId,
                review.reviewedAt, review.reason, review.machineScore, review.scorerVersion, review.previousScore,
                review.score, review.keyPoints.stream()
                        .map(point -> new KeyPoint(point.text(), point.machineStatus(), point.status())).toList());
    }
}
