package dev.mockinterview.scoring.domain;

import java.util.UUID;

/**
 * The recruiter's assessment a session was taken for, as its events carry it: its owner (and admins) read and review
 * the session's report, and the candidate sees their feedback only if it shows feedback. A session without one is
 * the candidate's private practice.
 */
public record Assessment(UUID assessmentId, String title, String ownerId, boolean showsFeedback) {
}
