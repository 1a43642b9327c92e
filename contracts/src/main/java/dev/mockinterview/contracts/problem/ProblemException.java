package dev.mockinterview.contracts.problem;

/**
 * A refusal made at the API edge itself (a missing header, query parameters that contradict each other), turned into
 * its problem+json response by {@link ProblemMappers}. The domain throws a
 * {@link dev.mockinterview.contracts.refusal.Refusal} instead.
 */
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
