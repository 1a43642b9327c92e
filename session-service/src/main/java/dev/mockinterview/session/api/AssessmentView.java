package dev.mockinterview.session.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.mockinterview.session.domain.AssessmentSnapshot;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An assessment as its owner sees it: its settings as they were sent ({@code questionIds} or {@code rules}), its
 * status, why it could not open if it could not, and the pinned questions once it has opened.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentView(UUID id, String ownerId, String title, String role, List<String> questionIds,
                             AssessmentRequest.Rules rules, Integer timeLimitSeconds, Instant opensAt,
                             Instant closesAt, boolean showsFeedback, Instant createdAt,
                             AssessmentSnapshot.Status status, Instant openedAt, String openFailure,
                             List<AssessmentSnapshot.Pinned> questions) {

    static AssessmentView of(AssessmentSnapshot assessment) {
        AssessmentRequest.Rules rules = assessment.questionIds() != null ? null
                : new AssessmentRequest.Rules(assessment.topics(), assessment.difficulty(),
                assessment.questionCount());
        return new AssessmentView(assessment.id(), assessment.ownerId(), assessment.title(), assessment.role(),
                assessment.questionIds(), rules, assessment.timeLimitSeconds(), assessment.opensAt(),
                assessment.closesAt(), assessment.showsFeedback(), assessment.createdAt(), assessment.status(),
                assessment.openedAt(), assessment.openFailure(), assessment.questions());
    }
}
