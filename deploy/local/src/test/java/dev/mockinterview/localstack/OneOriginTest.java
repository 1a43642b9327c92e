package dev.mockinterview.localstack;

import com.sun.net.httpserver.HttpServer;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The proxy in front of three stand-in services that answer with their name and the path they were asked for. */
class OneOriginTest {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final List<HttpServer> SERVICES = new ArrayList<>();
    private static SigningKeys keys;
    private static OneOrigin proxy;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheProxyInFrontOfThreeServices() {
        keys = SigningKeys.inFolder(Path.of("target", "test-keys", UUID.randomUUID().toString()));
        Routes routes = Routes.platform(service("question"), service("session"), service("scoring"));
        proxy = OneOrigin.start(0, routes, new TokenIssuer(keys.privateKey()));
    }

    @AfterAll
    static void stopEverything() {
        proxy.close();
        SERVICES.forEach(server -> server.stop(0));
    }

    // A page under /private answers 401 as a service does without a token; anything else names who answered. Each
    // answer tells the Host it was asked for in the header Seen-Host.
    private static int service(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                boolean signedIn = exchange.getRequestHeaders().getOrDefault("Cookie", List.of()).stream()
                        .anyMatch(cookie -> cookie.contains(TokenIssuer.COOKIE + "="));
                byte[] body = (name + " " + exchange.getRequestURI()).getBytes(StandardCharsets.UTF_8);
                int status = exchange.getRequestURI().getPath().contains("/private") && !signedIn ? 401 : 200;
                if (status == 401) {
                    exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
                }
                exchange.getResponseHeaders().add("Seen-Host", exchange.getRequestHeaders().getFirst("Host"));
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            SERVICES.add(server);
            return server.getAddress().getPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void requestsReachTheServiceThatOwnsTheirPath() throws Exception {
        assertThat(get("/interviews/42?page=2", Map.of()).body()).isEqualTo("session /interviews/42?page=2");
        assertThat(get("/author/questions", Map.of()).body()).isEqualTo("question /author/questions");
        assertThat(get("/author/playground", Map.of()).body()).isEqualTo("scoring /author/playground");
        assertThat(get("/api/v1/questions/q1/versions/3/scores", Map.of()).body())
                .isEqualTo("scoring /api/v1/questions/q1/versions/3/scores");
        assertThat(get("/", Map.of()).body()).isEqualTo("session /");
    }

    @Test
    void managementPathsAreNeverForwarded() throws Exception {
        for (String path : List.of("/q", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/")) {
            HttpResponse<String> response = get(path, Map.of());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).isEmpty();
        }
        assertThat(get("/quiz", Map.of()).body()).isEqualTo("session /quiz");
    }

    @Test
    void servicesAreAskedForTheOriginsHostSoTheirRedirectsStayOnIt() throws Exception {
        assertThat(get("/recruiter/reports", Map.of()).headers().firstValue("Seen-Host"))
                .hasValue("localhost:" + proxy.port());
    }

    @Test
    void signingInSetsTheSignedTokenAsAnHttpOnlyCookieAndGoesToNext() throws Exception {
        // given the sign-in page, opened on the way to a page
        HttpResponse<String> page = get("/sign-in?next=" + encode("/recruiter/reports?role=x"), Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<label for=\"role\">Role</label>", "<label for=\"name\">Name</label>",
                "<button type=\"submit\">Sign in</button>");

        // when the form is posted back with its CSRF cookie
        HttpResponse<String> signedIn = post("/sign-in", csrfCookie(page), Map.of("csrf", csrfField(page),
                "role", "recruiter", "name", "Rita", "next", "/recruiter/reports?role=x"));

        // then the token is set for the whole origin, for as long as it is valid, and the browser goes on
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).contains("/recruiter/reports?role=x");
        String setCookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(TokenIssuer.COOKIE + "=")).findFirst().orElseThrow();
        HttpCookie cookie = HttpCookie.parse(setCookie).get(0);
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getMaxAge()).isEqualTo(TokenIssuer.LIFETIME.toSeconds());
        assertThat(setCookie).contains("SameSite=Lax");
        JwtClaims claims = verified(cookie.getValue());
        assertThat(claims.getSubject()).isEqualTo("Rita");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("recruiter");
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue())
                .isEqualTo(TokenIssuer.LIFETIME.toSeconds());
    }

    @Test
    void aPostWithoutTheMatchingCsrfCookieSignsNobodyIn() throws Exception {
        HttpResponse<String> page = get("/sign-in", Map.of());
        Map<String, String> form = Map.of("csrf", csrfField(page), "role", "admin", "name", "mallory");

        HttpResponse<String> noCookie = post("/sign-in", "", form);
        HttpResponse<String> otherCookie = post("/sign-in", OneOrigin.CSRF_COOKIE + "=" + "x".repeat(43), form);

        assertThat(List.of(noCookie, otherCookie)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(TokenIssuer.COOKIE));
        });
    }

    @Test
    void nextThatLeavesTheSiteIsRefusedForHome() throws Exception {
        HttpResponse<String> page = get("/sign-in", Map.of());

        HttpResponse<String> signedIn = post("/sign-in", csrfCookie(page), Map.of("csrf", csrfField(page),
                "role", "candidate", "name", "cora", "next", "//evil.example/phish"));

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).contains("/");
    }

    @Test
    void aBadNameShowsTheFormAgainWithTheProblem() throws Exception {
        HttpResponse<String> page = get("/sign-in", Map.of());

        HttpResponse<String> refused = post("/sign-in", csrfCookie(page), Map.of("csrf", csrfField(page),
                "role", "candidate", "name", "<script>alert(1)</script>"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"name-error\"", "&lt;script&gt;").doesNotContain("<script>");
        assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(TokenIssuer.COOKIE));
    }

    @Test
    void signingOutClearsTheCookieAndShowsSignIn() throws Exception {
        HttpResponse<String> signedOut = post("/sign-out", TokenIssuer.COOKIE + "=t", Map.of());

        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(signedOut.headers().firstValue("Location")).contains("/sign-in");
        assertThat(signedOut.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith(TokenIssuer.COOKIE + "=").contains("Max-Age=0"));
    }

    @Test
    void anotherSiteCannotSignTheUserOut() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/sign-out")).header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.noBody()).build();

        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    }

    @Test
    void aPageThatNeedsSignInRedirectsThereButAnApiAnswers401() throws Exception {
        HttpResponse<String> page = get("/recruiter/private?x=1", Map.of("Accept", "text/html,*/*"));
        HttpResponse<String> api = get("/api/v1/reports/private", Map.of("Accept", "text/html,*/*"));
        HttpResponse<String> script = get("/recruiter/private", Map.of("Accept", "application/json"));

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).contains("/sign-in?next=" + encode("/recruiter/private?x=1"));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(script.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(field -> field.getKey() + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + proxy.port() + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String csrfCookie(HttpResponse<String> page) {
        String setCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(OneOrigin.CSRF_COOKIE + "=")).findFirst().orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static String csrfField(HttpResponse<String> page) {
        Matcher field = CSRF_FIELD.matcher(page.body());
        assertThat(field.find()).as("the form has a CSRF field").isTrue();
        return field.group(1);
    }

    private static JwtClaims verified(String token) throws Exception {
        String pem = Files.readString(keys.publicKeyFile()).replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        PublicKey key = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        return new JwtConsumerBuilder().setVerificationKey(key).setExpectedIssuer(TokenIssuer.ISSUER)
                .setExpectedAudience(TokenIssuer.AUDIENCE)
                .setRequireExpirationTime().build().processToClaims(token);
    }
}
