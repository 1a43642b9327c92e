package dev.mockinterview.question.pages;

import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production sign-in: with the profiles prod and oidc, as on Kubernetes, pages send an anonymous browser through the
 * provider's authorization-code flow and remember the user in a session cookie, while APIs keep answering 401 or
 * taking bearer tokens. The provider is a WireMock stand-in; its user alice has the role admin. The test client plays
 * the Ingress, which ends TLS: it is the one trusted proxy.
 */
@QuarkusTest
@TestProfile(SigningInWithOpenIdConnectTest.OpenIdConnect.class)
@QuarkusTestResource(TestInfrastructure.class)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = true)
class SigningInWithOpenIdConnectTest {
    private static final String CATALOGUE = "/author/questions";
    private static final String EXPORT = "/api/v1/question-banks/export?role=backend-engineer";

    /** Production's profiles from web's configuration, on top of the test profile, and the provider it names. */
    public static class OpenIdConnect implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "test,prod,oidc";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus",
                    "quarkus.oidc.client-id", "quarkus-web-app",
                    "quarkus.oidc.credentials.secret", "secret",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    @Test
    void anAnonymousBrowserSignsInAtTheProviderAndComesBackToThePageItAskedFor() {
        Response toProvider = given().redirects().follow(false).get(CATALOGUE);
        assertThat(toProvider.statusCode()).isEqualTo(302);
        URI login = URI.create(toProvider.header("Location"));
        assertThat(login.toString()).startsWith(provider());
        Map<String, String> query = query(login);
        assertThat(query).containsEntry("client_id", "quarkus-web-app").containsEntry("response_type", "code");

        // The provider signs alice in and sends her back with a code.
        Response fromProvider = given().redirects().follow(false)
                .queryParam("redirect_uri", query.get("redirect_uri")).queryParam("state", query.get("state"))
                .get(URI.create(provider()).resolve("/login"));
        String callback = fromProvider.header("Location");
        assertThat(callback).contains("code=");

        Response signedIn = given().redirects().follow(false).cookies(toProvider.cookies()).get(callback);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(URI.create(signedIn.header("Location")).getPath()).isEqualTo(CATALOGUE);
        String session = signedIn.cookie("q_session");
        assertThat(session).isNotBlank();
        assertThat(signedIn.detailedCookie("q_session").isSecured()).isTrue();

        Response page = given().redirects().follow(false).cookie("q_session", session).get(CATALOGUE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(page.asString()).select(".sign-out .viewer").text()).isEqualTo("alice");
    }

    @Test
    void signingOutEndsTheProvidersSessionToo() {
        String session = signIn();
        Response page = given().cookie("q_session", session).get(CATALOGUE);
        String token = Jsoup.parse(page.asString()).select(".sign-out input[name=csrf-token]").val();
        assertThat(page.detailedCookie("csrf-token").isSecured()).isTrue();

        Response signedOut = given().redirects().follow(false).cookie("q_session", session)
                .cookie("csrf-token", page.cookie("csrf-token")).formParam("csrf-token", token).post("/sign-out");

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.header("Location")).startsWith(provider() + "/protocol/openid-connect/end-session");
        assertThat(signedOut.detailedCookie("q_session").getMaxAge()).isZero();
    }

    @Test
    void anotherSiteCannotSignTheUserOut() {
        String session = signIn();

        given().redirects().follow(false).cookie("q_session", session).post("/sign-out").then().statusCode(403)
                .contentType("application/problem+json");
        given().redirects().follow(false).cookie("q_session", session).contentType("text/plain").body("x")
                .post("/sign-out").then().statusCode(403);
        given().redirects().follow(false).cookie("q_session", session).get("/sign-out").then().statusCode(405);

        given().redirects().follow(false).cookie("q_session", session).get(CATALOGUE).then().statusCode(200);
    }

    @Test
    void behindTheIngressRedirectsAreHttpsAndEveryResponseAsksForHttpsAlone() {
        Response toProvider = given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "interviews.example.com").get(CATALOGUE);

        assertThat(query(URI.create(toProvider.header("Location"))))
                .containsEntry("redirect_uri", "https://interviews.example.com" + CATALOGUE);
        for (Response response : List.of(toProvider, given().get(EXPORT), given().get("/q/swagger-ui"))) {
            assertThat(response.header("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        }
        assertThat(toProvider.getDetailedCookies().asList()).isNotEmpty().allMatch(cookie -> cookie.isSecured());
        given().get("/q/swagger-ui").then().statusCode(404);
    }

    @Test
    void apisAnswer401WithoutATokenAndKeepTakingBearerTokens() {
        given().redirects().follow(false).get(EXPORT).then().statusCode(401);
        given().auth().oauth2(TestInfrastructure.token("admin", "bearer-ada")).get(EXPORT).then().statusCode(200);
        given().auth().oauth2(TestInfrastructure.token("candidate", "bearer-cora")).get(EXPORT).then().statusCode(403);
    }

    private static String signIn() {
        Response toProvider = given().redirects().follow(false).get(CATALOGUE);
        Map<String, String> query = query(URI.create(toProvider.header("Location")));
        String callback = query.get("redirect_uri") + "?state=" + query.get("state") + "&code=any";
        return given().redirects().follow(false).cookies(toProvider.cookies()).get(callback).cookie("q_session");
    }

    private static String provider() {
        return ConfigProvider.getConfig().getValue("keycloak.url", String.class) + "/realms/quarkus";
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0],
                        pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8)));
    }
}
