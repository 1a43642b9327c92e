package dev.mockinterview.contracts.problem;

import dev.mockinterview.contracts.refusal.Conflict;
import dev.mockinterview.contracts.refusal.Invalid;
import dev.mockinterview.contracts.refusal.NotFound;
import dev.mockinterview.contracts.refusal.Stale;
import dev.mockinterview.contracts.refusal.TooMany;
import dev.mockinterview.contracts.refusal.Unfulfillable;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnsweringRefusalsTest {
    @Test
    void eachRefusalIsAProblemWithTheStatusOfItsClassAndTheDomainsWords() {
        assertThat(ProblemMappers.problemOf(new NotFound("No session 42")))
                .isEqualTo(Problem.of(404, "Not Found", "No session 42"));
        assertThat(ProblemMappers.problemOf(new NotFound("no-such-position", "No such question", "1 to 3")))
                .isEqualTo(Problem.ofType("no-such-position", 404, "No such question", "1 to 3"));
        assertThat(ProblemMappers.problemOf(new Conflict("answer-conflict", "Position 1 has an answer.")))
                .isEqualTo(Problem.ofType("answer-conflict", 409, "Conflict", "Position 1 has an answer."));
        assertThat(ProblemMappers.problemOf(new Conflict("no-draft", "Nothing to publish", "No draft.")))
                .isEqualTo(Problem.ofType("no-draft", 409, "Nothing to publish", "No draft."));
        assertThat(ProblemMappers.problemOf(new Stale("stale-revision", "Read it again.")))
                .isEqualTo(Problem.ofType("stale-revision", 412, "Precondition Failed", "Read it again."));
        assertThat(ProblemMappers.problemOf(new Unfulfillable("not-enough-questions", "Not enough questions", "2")))
                .isEqualTo(Problem.ofType("not-enough-questions", 422, "Not enough questions", "2"));
    }

    @Test
    void anInvalidInputNamesEachFieldAtFault() {
        Problem problem = ProblemMappers.problemOf(new Invalid("The bank is empty.",
                List.of(new Invalid.Field("questions", "must not be empty"))));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo(URI.create("https://mockinterview.dev/problems/invalid-request"));
        assertThat(problem.violations()).containsExactly(new Problem.Violation("questions", "must not be empty"));
    }

    @Test
    void aCallerOverALimitGets429NamingTheLimitAndWhenToComeBackInWholeSeconds() {
        TooMany refusal = new TooMany("answers-per-minute", Duration.ofMillis(12_001), "Slow down.");

        Problem problem = ProblemMappers.problemOf(refusal);

        assertThat(problem.status()).isEqualTo(429);
        assertThat(refusal.retryAfterSeconds()).isEqualTo(13);
        assertThat(problem.type()).isEqualTo(URI.create("https://mockinterview.dev/problems/too-many-requests"));
        assertThat(problem.limit()).isEqualTo("answers-per-minute");
        assertThat(problem.detail()).isEqualTo("Slow down.");
        assertThat(new TooMany("sessions-per-day", Duration.ZERO, "").retryAfterSeconds()).isEqualTo(1);
        assertThat(new TooMany("sessions-per-day", Duration.ofSeconds(60), "").retryAfterSeconds()).isEqualTo(60);
    }
}
