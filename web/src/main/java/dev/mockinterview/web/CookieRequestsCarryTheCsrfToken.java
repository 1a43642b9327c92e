package dev.mockinterview.web;

import dev.mockinterview.contracts.problem.Problem;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every request that changes something and that a browser signed in by a cookie sends must carry the CSRF token,
 * whatever its body: quarkus-rest-csrf checks the token of a form, or of the header {@code X-CSRF-TOKEN} (which htmx
 * sends), but lets an empty post or a {@code text/plain} one through unchecked, and another site can send both.
 * Such a request is refused here with 403 before it is even authenticated. A request with an
 * {@code Authorization} header is not a browser's forgery (no other site can add the header) and is left alone.
 * <p>
 * Sign-out with OpenID Connect ({@code quarkus.oidc.logout.path}) happens while the request is authenticated, before
 * quarkus-rest-csrf could see it, so its token is compared here: POST only, with the sign-out form's field.
 */
@ApplicationScoped
public class CookieRequestsCarryTheCsrfToken {
    // After CORS has answered preflights, before authentication, where OpenID Connect signs out.
    private static final int PRIORITY = (SecurityHandlerPriorities.CORS + SecurityHandlerPriorities.AUTHENTICATION) / 2;
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<String> FORMS = Set.of("application/x-www-form-urlencoded", "multipart/form-data");

    private final String header;
    private final String field;
    private final String cookie;
    private final Optional<String> signOutPath;
    private final String refusal;

    CookieRequestsCarryTheCsrfToken(
            @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN") String header,
            @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token") String field,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String cookie,
            @ConfigProperty(name = "quarkus.oidc.logout.path") Optional<String> signOutPath) {
        this.header = header;
        this.field = field;
        this.cookie = cookie;
        this.signOutPath = signOutPath;
        this.refusal = Json.encode(Problem.ofType("csrf-token-missing", 403, "CSRF token missing",
                "A request that changes something, sent with the sign-in cookie, must carry the page's CSRF token "
                        + "(form field " + field + " or header " + header + "): reload the page and try again. "
                        + "API clients send Authorization: Bearer instead of the cookie."));
    }

    void install(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (signOutPath.isPresent() && request.path().equals(signOutPath.get())) {
            checkSignOut(context);
        } else if (SAFE.contains(request.method()) || !sentWithTheCookie(request)
                || request.getHeader(header) != null || isFormWithBody(request)) {
            // quarkus-rest-csrf compares the header's or the form field's token with its cookie.
            context.next();
        } else {
            refuse(context);
        }
    }

    private void checkSignOut(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.POST) {
            // A link on another site would otherwise sign the user out (the session cookie is SameSite=Lax).
            context.response().setStatusCode(405).putHeader(HttpHeaders.ALLOW, "POST").end();
            return;
        }
        if (!isFormWithBody(request)) {
            refuse(context);
            return;
        }
        request.setExpectMultipart(true);
        request.end().onComplete(read -> {
            Cookie expected = request.getCookie(cookie);
            String sent = read.succeeded() ? request.getFormAttribute(field) : null;
            if (expected != null && sent != null && MessageDigest.isEqual(
                    expected.getValue().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
                context.next();
            } else {
                refuse(context);
            }
        });
        // Quarkus holds the body back until something asks for it.
        request.resume();
    }

    private static boolean sentWithTheCookie(HttpServerRequest request) {
        return request.getHeader(HttpHeaders.COOKIE) != null && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    private static boolean isFormWithBody(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean hasBody = length == null ? request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                : !"0".equals(length.strip());
        return hasBody && type != null && FORMS.contains(type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    }

    private void refuse(RoutingContext context) {
        context.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(refusal);
    }
}
