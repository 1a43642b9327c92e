package dev.mockinterview.session.pages;

import dev.mockinterview.session.domain.AssessmentSnapshot;
import dev.mockinterview.session.domain.Invitation;
import dev.mockinterview.session.domain.Invitee;
import io.quarkus.qute.TemplateExtension;

/** Statuses in words, for the templates: {@code {assessment.status.words}}. */
@TemplateExtension
final class StatusWords {
    private StatusWords() {
    }

    static String words(AssessmentSnapshot.Status status) {
        return switch (status) {
            case SCHEDULED -> "Scheduled";
            case FAILED_TO_OPEN -> "Could not open";
            case OPEN -> "Open";
            case CLOSED -> "Closed";
        };
    }

    static String words(Invitee.Status status) {
        return switch (status) {
            case INVITED -> "Invited";
            case IN_PROGRESS -> "In progress";
            case COMPLETED -> "Completed";
            case EXPIRED -> "Expired";
            case ABANDONED -> "Abandoned";
        };
    }

    static String words(Invitation.Status status) {
        return switch (status) {
            case INVITED -> "Not open yet";
            case OPEN -> "Open";
            case TAKEN -> "Taken";
            case MISSED -> "Closed, not taken";
        };
    }
}
