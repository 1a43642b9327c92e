package dev.mockinterview.contracts.refusal;

/** What was asked for does not exist, or is not the caller's to see. */
public final class NotFound extends Refusal {
    public NotFound(String detail) {
        super(null, null, detail);
    }

    public NotFound(String kind, String title, String detail) {
        super(kind, title, detail);
    }
}
