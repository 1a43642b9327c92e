package dev.mockinterview.localstack;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The local stack's one origin: a reverse proxy that puts the three services' pages and APIs under one address,
 * routed as the Kubernetes Ingress routes them ({@link Routes}), plus the local sign-in that production leaves to
 * its identity provider.
 * <ul>
 *   <li>{@code GET /sign-in}: a form to pick a role and a name; {@code POST /sign-in} signs a token for them with
 *   the stack's key and sets it as the HttpOnly cookie {@value TokenIssuer#COOKIE}, which the services read like a
 *   bearer token, then redirects to {@code next} (a path on this origin only) or {@code /}. The form is protected
 *   against CSRF by a double-submit cookie.</li>
 *   <li>{@code POST /sign-out}: clears the cookie and redirects to {@code /sign-in}.</li>
 *   <li>{@code /q/*} (health, metrics, OpenAPI): 404, never forwarded.</li>
 *   <li>A 401 answer to a browser asking for a page (not {@code /api}) becomes a redirect to
 *   {@code /sign-in?next=<the page>}.</li>
 * </ul>
 */
public final class OneOrigin implements AutoCloseable {
    static final String CSRF_COOKIE = "mip_sign_in_csrf";
    private static final String SIGN_IN = "/sign-in";
    private static final String SIGN_OUT = "/sign-out";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Vertx vertx;
    private final HttpServer server;

    private OneOrigin(Vertx vertx, HttpServer server) {
        this.vertx = vertx;
        this.server = server;
    }

    /** Listens on the port (0 for any free one) and forwards to the services on localhost. */
    public static OneOrigin start(int port, Routes routes, TokenIssuer tokens) {
        Vertx vertx = Vertx.vertx();
        try {
            HttpProxy proxy = HttpProxy.reverseProxy(vertx.createHttpClient())
                    .originSelector(request -> Future.succeededFuture(
                            SocketAddress.inetSocketAddress(routes.portFor(request.path()), "localhost")))
                    .addInterceptor(new KeepTheOriginsHost())
                    .addInterceptor(new SignInWhenUnauthorized());
            SignIn signIn = new SignIn(tokens);
            HttpServer server = vertx.createHttpServer(new HttpServerOptions().setPort(port).setHost("localhost"))
                    .requestHandler(request -> {
                        if (request.path().equals(SIGN_IN)) {
                            signIn.handle(request);
                        } else if (request.path().equals(SIGN_OUT)) {
                            signIn.signOut(request);
                        } else if (isManagementPath(request.path())) {
                            request.response().setStatusCode(404).end();
                        } else {
                            proxy.handle(request);
                        }
                    })
                    .listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            return new OneOrigin(vertx, server);
        } catch (Exception e) {
            vertx.close();
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("the web proxy could not listen on port " + port
                    + " (set MIP_PROXY_PORT to another port): " + cause, cause);
        }
    }

    public int port() {
        return server.actualPort();
    }

    /**
     * Quarkus's non-application paths (health, metrics, OpenAPI, Swagger UI): the services serve them on their
     * management ports only, and the one origin, like the Ingress, never forwards them, whichever service "/" names.
     */
    static boolean isManagementPath(String path) {
        return path.equals("/q") || path.startsWith("/q/");
    }

    @Override
    public void close() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing anyway: the port goes with the process
        }
    }

    /**
     * Asks the service for this origin's host rather than its own: services build absolute URLs (a redirect's
     * Location) from the Host they are asked for, and the browser must stay on the one origin. The Ingress does the
     * same.
     */
    private static final class KeepTheOriginsHost implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            HostAndPort origin = context.request().proxiedRequest().authority();
            if (origin != null) {
                context.request().setAuthority(origin);
            }
            return context.sendRequest();
        }
    }

    /** Turns "401" for a page into the sign-in page, so a browser never shows a bare 401. */
    private static final class SignInWhenUnauthorized implements ProxyInterceptor {
        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            ProxyResponse response = context.response();
            ProxyRequest request = context.request();
            if (response.getStatusCode() == 401 && isPageRequest(request)) {
                String signIn = SIGN_IN + "?next=" + URLEncoder.encode(request.getURI(), StandardCharsets.UTF_8);
                response.setStatusCode(303).setStatusMessage("See Other");
                response.headers().remove("WWW-Authenticate").remove(HttpHeaders.CONTENT_TYPE);
                response.putHeader(HttpHeaders.LOCATION, signIn);
                response.setBody(Body.body(Buffer.buffer()));
            }
            return context.sendResponse();
        }

        private static boolean isPageRequest(ProxyRequest request) {
            String accept = request.headers().get(HttpHeaders.ACCEPT);
            String uri = request.getURI();
            String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
            return (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD)
                    && accept != null && accept.contains("text/html")
                    && !path.equals("/api") && !path.startsWith("/api/");
        }
    }

    /** The sign-in form, its post, and sign-out. */
    private static final class SignIn {
        private final TokenIssuer tokens;

        SignIn(TokenIssuer tokens) {
            this.tokens = tokens;
        }

        void handle(HttpServerRequest request) {
            if (request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD) {
                String next = SignInPage.safeNext(request.getParam("next"));
                showForm(request, 200, new SignInPage.Form("candidate", "", next), null);
            } else if (request.method() == HttpMethod.POST) {
                request.setExpectMultipart(true);
                // A form too large for the server's limit (8 KB) fails here and gets no token.
                request.end().onSuccess(ignored -> signIn(request))
                        .onFailure(tooLarge -> request.response().setStatusCode(400).end());
            } else {
                request.response().setStatusCode(405).putHeader(HttpHeaders.ALLOW, "GET, POST").end();
            }
        }

        private void signIn(HttpServerRequest request) {
            MultiMap form = request.formAttributes();
            String role = form.get("role");
            String name = form.get("name") == null ? "" : form.get("name").strip();
            String next = SignInPage.safeNext(form.get("next"));
            SignInPage.Form entered = new SignInPage.Form(role, name, next);
            Cookie csrf = request.getCookie(CSRF_COOKIE);
            if (csrf == null || form.get("csrf") == null || !MessageDigest.isEqual(
                    csrf.getValue().getBytes(StandardCharsets.UTF_8),
                    form.get("csrf").getBytes(StandardCharsets.UTF_8))) {
                showForm(request, 403, entered, "The form expired or did not come from this page; sign in again.");
                return;
            }
            if (!SignInPage.ROLES.contains(role)) {
                showForm(request, 400, new SignInPage.Form("candidate", name, next), "Pick a role.");
                return;
            }
            Optional<String> problem = SignInPage.nameProblem(name);
            if (problem.isPresent()) {
                showForm(request, 400, entered, problem.get());
                return;
            }
            request.response()
                    .addCookie(sessionCookie(tokens.token(role, name)).setMaxAge(TokenIssuer.LIFETIME.toSeconds()))
                    .setStatusCode(303).putHeader(HttpHeaders.LOCATION, next).end();
        }

        void signOut(HttpServerRequest request) {
            if (request.method() != HttpMethod.POST) {
                request.response().setStatusCode(405).putHeader(HttpHeaders.ALLOW, "POST").end();
                return;
            }
            // Another site may not sign the user out: browsers name the page a post comes from.
            String site = request.getHeader("Sec-Fetch-Site");
            String origin = request.getHeader(HttpHeaders.ORIGIN);
            String self = "http://" + request.getHeader(HttpHeaders.HOST);
            if ("cross-site".equals(site) || (origin != null && !origin.equals(self))) {
                request.response().setStatusCode(403).end();
                return;
            }
            request.response().addCookie(sessionCookie("").setMaxAge(0))
                    .setStatusCode(303).putHeader(HttpHeaders.LOCATION, SIGN_IN).end();
        }

        private static Cookie sessionCookie(String value) {
            return Cookie.cookie(TokenIssuer.COOKIE, value).setPath("/").setHttpOnly(true)
                    .setSameSite(CookieSameSite.LAX);
        }

        // Double-submit: the form carries the same random value as a cookie that only this origin can set.
        private static void showForm(HttpServerRequest request, int status, SignInPage.Form form, String problem) {
            Cookie existing = request.getCookie(CSRF_COOKIE);
            String token = existing != null && existing.getValue().length() == 43 ? existing.getValue() : newToken();
            HttpServerResponse response = request.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .putHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'")
                    .putHeader("X-Frame-Options", "DENY")
                    .addCookie(Cookie.cookie(CSRF_COOKIE, token).setPath(SIGN_IN).setHttpOnly(true)
                            .setSameSite(CookieSameSite.STRICT));
            if (request.method() == HttpMethod.HEAD) {
                response.end();
            } else {
                response.end(SignInPage.html(form, token, problem));
            }
        }

        private static String newToken() {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }
}
