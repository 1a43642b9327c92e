package dev.mockinterview.contracts.refusal;

/**
 * What a service's domain throws when it will not do what it was asked, said in the domain's words: the thing is
 * not there ({@link NotFound}), it contradicts the state ({@link Conflict}), the input is wrong field by field
 * ({@link Invalid}), the caller's copy is out of date ({@link Stale}), what exists cannot meet the request
 * ({@link Unfulfillable}), or the caller is over one of their limits ({@link TooMany}). The domain knows nothing of
 * HTTP: the API edge ({@code dev.mockinterview.contracts.problem.ProblemMappers}) turns each into problem+json with
 * its status, and pages catch the kind they can explain.
 */
public abstract sealed class Refusal extends RuntimeException
        permits NotFound, Conflict, Invalid, Stale, Unfulfillable, TooMany {
    private final String kind;
    private final String title;

    /**
     * @param kind   names the refusal among its class ({@code answer-conflict}), or null when the class says it all
     * @param title  a short summary, or null for the usual one of its class
     * @param detail what went wrong in this case, for the person who asked
     */
    Refusal(String kind, String title, String detail) {
        super(detail);
        this.kind = kind;
        this.title = title;
    }

    /** The name of this refusal among its class, null when the class says it all. */
    public String kind() {
        return kind;
    }

    /** A short summary, null for the usual one of its class. */
    public String title() {
        return title;
    }

    /** What went wrong in this case. */
    public String detail() {
        return getMessage();
    }
}
