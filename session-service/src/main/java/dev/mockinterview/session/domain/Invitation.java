package dev.mockinterview.session.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An assessment as an invited candidate sees it: when they may take it and whether they have.
 *
 * @param sessionId their session once they have started it, null before
 */
public record Invitation(UUID assessmentId, String title, String role, int questionCount, Instant opensAt,
                         Instant closesAt, Status status, UUID sessionId) {

    /** Where the candidate stands with it. */
    public enum Status {
        /** Not open yet. */
        INVITED,
        /** Open: they may start it now. */
        OPEN,
        /** They have started it (sessionId). */
        TAKEN,
        /** Closed before they started it. */
        MISSED
    }

    static Status of(boolean taken, Instant opensAt, Instant closesAt, Instant openedAt, String openFailure,
                     Instant now) {
        if (taken) {
            return Status.TAKEN;
        }
        if (!now.isBefore(closesAt)) {
            return Status.MISSED;
        }
        // Past its opening time it opens on the first start, unless the catalogue could not fulfil it.
        boolean open = openedAt != null || (!now.isBefore(opensAt) && openFailure == null);
        return open ? Status.OPEN : Status.INVITED;
    }

    /** Whether the candidate may start it now. */
    public boolean startable() {
        return status == Status.OPEN;
    }
}
