package dev.mockinterview.contracts.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every failed request on every service.
 *
 * @param type       a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param violations the fields at fault, for input that failed validation
 * @param limit      the limit the caller is over, for 429 ({@code answers-per-minute}); null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, List<Violation> violations, String limit) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://mockinterview.dev/problems/";

    /** One field at fault and what is wrong with it. */
    public record Violation(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(URI.create("about:blank"), title, status, detail, List.of(), null);
    }

    /** A problem of a named kind, documented under https://mockinterview.dev/problems/. */
    public static Problem ofType(String type, int status, String title, String detail) {
        return new Problem(URI.create(TYPE_BASE + type), title, status, detail, List.of(), null);
    }

    public static Problem invalid(String detail, List<Violation> violations) {
        return new Problem(URI.create(TYPE_BASE + "invalid-request"), "Invalid request", 400, detail, violations,
                null);
    }

    /** The caller is over a limit, named by its setting ({@code answers-per-minute}). */
    public static Problem tooMany(String limit, String detail) {
        return new Problem(URI.create(TYPE_BASE + "too-many-requests"), "Too many requests", 429, detail, List.of(),
                limit);
    }
}
