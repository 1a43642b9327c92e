package dev.mockinterview.contracts.problem;

/** A refusal the caller can act on, turned into its problem+json response by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
