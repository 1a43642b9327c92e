package dev.mockinterview.contracts.refusal;

/** The request contradicts the current state: an answered question, a taken id, nothing left to publish. */
public final class Conflict extends Refusal {
    public Conflict(String kind, String detail) {
        super(kind, null, detail);
    }

    public Conflict(String kind, String title, String detail) {
        super(kind, title, detail);
    }
}
