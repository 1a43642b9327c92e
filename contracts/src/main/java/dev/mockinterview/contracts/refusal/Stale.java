package dev.mockinterview.contracts.refusal;

/** The caller acted on a copy that has changed since they read it: they must read it again. */
public final class Stale extends Refusal {
    public Stale(String kind, String detail) {
        super(kind, null, detail);
    }
}
