package dev.mockinterview.scoring.events;

/** An event that can never be applied: not JSON, or not what its contract promises. */
class RejectedEventException extends RuntimeException {
    RejectedEventException(String reason) {
        super(reason);
    }

    RejectedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
