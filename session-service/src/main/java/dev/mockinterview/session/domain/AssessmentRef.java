package dev.mockinterview.session.domain;

import java.util.UUID;

/** The assessment a session was taken for, as the session's views and events name it. */
public record AssessmentRef(UUID assessmentId, String title, String ownerId, boolean showsFeedback) {
}
