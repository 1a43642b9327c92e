package dev.mockinterview.session.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A candidate invited to an assessment, as its owner sees them: where they are with it and their session, if any.
 *
 * @param sessionId null until they start it
 */
public record Invitee(String candidateId, Instant invitedAt, Status status, UUID sessionId) {

    /** Where an invited candidate is with the assessment. */
    public enum Status { INVITED, IN_PROGRESS, COMPLETED, EXPIRED, ABANDONED }

    static Status of(String sessionStatus, String endedAs) {
        if (sessionStatus == null) {
            return Status.INVITED;
        }
        if (endedAs == null) {
            return Status.IN_PROGRESS;
        }
        return switch (InterviewSession.Ending.valueOf(endedAs)) {
            case FINISHED -> Status.COMPLETED;
            case EXPIRED -> Status.EXPIRED;
            case ABANDONED -> Status.ABANDONED;
        };
    }
}
