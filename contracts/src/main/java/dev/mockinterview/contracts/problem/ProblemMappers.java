package dev.mockinterview.contracts.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.mockinterview.contracts.refusal.Conflict;
import dev.mockinterview.contracts.refusal.Invalid;
import dev.mockinterview.contracts.refusal.NotFound;
import dev.mockinterview.contracts.refusal.Refusal;
import dev.mockinterview.contracts.refusal.Stale;
import dev.mockinterview.contracts.refusal.TooMany;
import dev.mockinterview.contracts.refusal.Unfulfillable;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Turns every failed request into problem+json, naming the fields at fault and never showing a stack trace. */
public final class ProblemMappers {
    /** The header that tells a caller over a limit how many seconds to wait (RFC 9110, section 10.2.3). */
    public static final String RETRY_AFTER = "Retry-After";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private ProblemMappers() {
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The domain's refusals, each with the status its class calls for; a limit's with {@code Retry-After}. */
    @Provider
    public static class RefusalMapper implements ExceptionMapper<Refusal> {
        @Override
        public Response toResponse(Refusal refusal) {
            if (refusal instanceof TooMany tooMany) {
                Problem problem = problemOf(tooMany);
                return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem)
                        .header(RETRY_AFTER, tooMany.retryAfterSeconds()).build();
            }
            return respond(problemOf(refusal));
        }
    }

    /** The problem a refusal is answered with; pages answer with its status too. */
    public static Problem problemOf(Refusal refusal) {
        if (refusal instanceof Invalid invalid) {
            return Problem.invalid(invalid.detail(), invalid.fields().stream()
                    .map(field -> new Problem.Violation(field.name(), field.message())).toList());
        }
        if (refusal instanceof TooMany tooMany) {
            return Problem.tooMany(tooMany.limit(), tooMany.detail());
        }
        int status = statusOf(refusal);
        String title = refusal.title() != null ? refusal.title()
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return refusal.kind() == null ? Problem.of(status, title, refusal.detail())
                : Problem.ofType(refusal.kind(), status, title, refusal.detail());
    }

    private static int statusOf(Refusal refusal) {
        if (refusal instanceof NotFound) {
            return 404;
        }
        if (refusal instanceof Conflict) {
            return 409;
        }
        if (refusal instanceof Stale) {
            return 412;
        }
        if (refusal instanceof Unfulfillable) {
            return 422;
        }
        throw new IllegalArgumentException("no status for " + refusal.getClass());
    }

    @Provider
    public static class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException exception) {
            return respond(exception.problem());
        }
    }

    /** Overrides the framework's own mapper for the same type, so that bad input is problem+json too. */
    @Provider
    public static class ValidationMapper implements ExceptionMapper<ValidationException> {
        @Override
        public Response toResponse(ValidationException exception) {
            if (!(exception instanceof ConstraintViolationException violations)
                    || violations.getConstraintViolations().stream().anyMatch(ValidationMapper::isReturnValue)) {
                LOG.error("Validation failed on the server's side", exception);
                return respond(Problem.of(500, "Internal Server Error", "The server could not complete the request."));
            }
            List<Problem.Violation> fields = violations.getConstraintViolations().stream()
                    .map(v -> new Problem.Violation(field(v.getPropertyPath()), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                    .toList();
            return respond(Problem.invalid(fields.stream().map(v -> v.field() + " " + v.message())
                    .collect(Collectors.joining("; ")), fields));
        }

        private static boolean isReturnValue(ConstraintViolation<?> violation) {
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        }

        // "submit.request.text" names the method, the parameter and the property: the caller knows the property
        // ("text") or, for a query or path parameter, the parameter ("size"). An element of a list is named by its
        // index, which the validator keeps on the node inside the list: "keyPoints[0].weight", "tags[2]".
        private static String field(Path path) {
            String parameter = null;
            StringBuilder field = new StringBuilder();
            for (Path.Node node : path) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    parameter = node.getName();
                } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                    if (node.isInIterable()) {
                        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                        field.append('[').append(position == null ? "" : position).append(']');
                    }
                    if (node.getKind() == ElementKind.PROPERTY) {
                        field.append(field.isEmpty() ? "" : ".").append(node.getName());
                    }
                }
            }
            if (field.isEmpty()) {
                return parameter != null ? parameter : path.toString();
            }
            return field.charAt(0) == '[' && parameter != null ? parameter + field : field.toString();
        }
    }

    /** A body that is not JSON, or JSON of the wrong shape. */
    @Provider
    public static class JsonMapper implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException exception) {
            return respond(jsonProblem(exception));
        }
    }

    /** Overrides the framework's own mapper for JSON of the wrong shape ({"questionCount": "many"}). */
    @Provider
    public static class MismatchedJsonMapper implements ExceptionMapper<MismatchedInputException> {
        @Override
        public Response toResponse(MismatchedInputException exception) {
            return respond(jsonProblem(exception));
        }
    }

    /** Overrides the framework's own mapper for a body that is not JSON at all. */
    @Provider
    public static class MalformedJsonMapper implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException exception) {
            return respond(jsonProblem(exception));
        }
    }

    static Problem jsonProblem(JsonProcessingException exception) {
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (exception instanceof UnrecognizedPropertyException) {
                return Problem.invalid("The field " + field + " is not one this request takes.",
                        List.of(new Problem.Violation(field, "is not a known field")));
            }
            return Problem.invalid("The field " + field + " has the wrong type or format.",
                    List.of(new Problem.Violation(field, "has the wrong type or format")));
        }
        return Problem.invalid("The request body is not valid JSON.", List.of());
    }

    /** Framework refusals (404, 405, 415, ...) keep their status and gain a problem body. */
    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            Response original = exception.getResponse();
            int status = original.getStatus();
            if (status >= 500) {
                LOG.error("Request failed", exception);
            }
            String reason = original.getStatusInfo().getReasonPhrase();
            String detail = status >= 500 ? "The server could not complete the request." : exception.getMessage();
            Response.ResponseBuilder response = Response.fromResponse(original).type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(status, reason, detail));
            return response.build();
        }
    }

    /** Anything unexpected: logged with its trace, answered without one. */
    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException exception) {
            LOG.error("Unexpected failure", exception);
            return respond(Problem.of(500, "Internal Server Error", "The server could not complete the request."));
        }
    }
}
