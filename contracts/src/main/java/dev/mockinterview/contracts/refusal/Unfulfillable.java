package dev.mockinterview.contracts.refusal;

/** The request is well formed and fits the state, but what exists cannot meet it (too few questions, say). */
public final class Unfulfillable extends Refusal {
    public Unfulfillable(String kind, String title, String detail) {
        super(kind, title, detail);
    }
}
