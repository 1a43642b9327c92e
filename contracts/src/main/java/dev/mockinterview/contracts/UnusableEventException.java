package dev.mockinterview.contracts;

/**
 * An event that can never be applied however often it is tried (not JSON, breaks its contract, on the wrong
 * topic): {@link EventDelivery} refuses it for the dead-letter topic at once, with this message as the reason.
 */
public class UnusableEventException extends RuntimeException {
    public UnusableEventException(String reason) {
        super(reason);
    }

    public UnusableEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
