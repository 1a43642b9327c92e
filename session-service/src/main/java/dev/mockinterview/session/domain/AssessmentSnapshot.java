package dev.mockinterview.session.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An assessment as its owner sees it: what was asked for, where it stands and, once it has opened, the pinned
 * questions.
 *
 * @param openFailure why it could not open, null when it opened or has not tried yet
 * @param revision    changes with every change of the assessment (its ETag)
 */
public record AssessmentSnapshot(UUID id, String ownerId, String title, String role, List<String> questionIds,
                                 List<String> topics, String difficulty, int questionCount, Integer timeLimitSeconds,
                                 Instant opensAt, Instant closesAt, boolean showsFeedback, Instant createdAt,
                                 Status status, Instant openedAt, String openFailure, List<Pinned> questions,
                                 long revision) {

    /** Where an assessment stands. */
    public enum Status {
        /** Its opening time is ahead (or the opening is under way). */
        SCHEDULED,
        /** Past its opening time, but the catalogue could not fulfil it: see openFailure; an edit may fix it. */
        FAILED_TO_OPEN,
        /** Pinned and before its closing time: invited candidates may start it. */
        OPEN,
        /** Past its closing time. */
        CLOSED;

        static Status of(Assessment assessment, Instant now) {
            if (assessment.isClosed(now)) {
                return CLOSED;
            }
            if (assessment.isOpened()) {
                return OPEN;
            }
            return assessment.openFailure != null ? FAILED_TO_OPEN : SCHEDULED;
        }
    }

    /** A question version pinned at opening, with the time limit candidates get for it. */
    public record Pinned(int position, String questionId, int questionVersion, int timeLimitSeconds) {
    }

    /** Reads its pinned questions: call it inside the transaction that loaded the assessment. */
    static AssessmentSnapshot of(Assessment assessment) {
        return new AssessmentSnapshot(assessment.id, assessment.ownerId, assessment.title, assessment.role,
                assessment.questionIds, List.copyOf(assessment.topics), assessment.difficulty,
                assessment.questionCount, assessment.timeLimitSeconds, assessment.opensAt, assessment.closesAt,
                assessment.showsFeedback, assessment.createdAt, Status.of(assessment, SessionRepository.now()),
                assessment.openedAt, assessment.openFailure, assessment.questions.stream()
                .map(question -> new Pinned(question.position, question.questionId, question.questionVersion,
                        question.timeLimitSeconds))
                .toList(), assessment.rowVersion);
    }

    /** An assessment in a list: no questions. */
    public record Summary(UUID id, String ownerId, String title, String role, int questionCount, Instant opensAt,
                          Instant closesAt, boolean showsFeedback, Status status) {
        static Summary of(Assessment assessment, Instant now) {
            return new Summary(assessment.id, assessment.ownerId, assessment.title, assessment.role,
                    assessment.questionCount, assessment.opensAt, assessment.closesAt, assessment.showsFeedback,
                    Status.of(assessment, now));
        }
    }
}
