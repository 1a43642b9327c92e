package dev.mockinterview.scoring.events;

import dev.mockinterview.contracts.UnusableEventException;

/** An event that can never be applied: not JSON, or not what its contract promises. */
class RejectedEventException extends UnusableEventException {
    RejectedEventException(String reason) {
        super(reason);
    }

    RejectedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
