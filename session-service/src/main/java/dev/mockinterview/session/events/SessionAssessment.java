package dev.mockinterview.session.events;

import dev.mockinterview.session.domain.AssessmentRef;
import dev.mockinterview.session.domain.InterviewSession;

import java.util.UUID;

/** The assessment a session was taken for, as events carry it (contract: assessment.schema.json). */
public record SessionAssessment(UUID assessmentId, String title, String ownerId, boolean showsFeedback) {

    /** Null for practice, so that the event leaves the field out. */
    static SessionAssessment of(InterviewSession session) {
        AssessmentRef assessment = session.assessmentRef();
        return assessment == null ? null : new SessionAssessment(assessment.assessmentId(), assessment.title(),
                assessment.ownerId(), assessment.showsFeedback());
    }
}
