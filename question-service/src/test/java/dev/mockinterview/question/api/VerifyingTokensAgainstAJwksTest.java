package dev.mockinterview.question.api;

import com.sun.net.httpserver.HttpServer;
import dev.mockinterview.localstack.TokenIssuer;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Production verifies bearer tokens against its provider's JWKS URL: a provider that rotates its signing key is
 * followed without a restart, and the retired key is no longer trusted. The provider here is a JDK HTTP server whose
 * key set the test replaces. smallrye.jwt.verify.key.location takes precedence over the key file TestInfrastructure
 * names in mp.jwt.verify.publickey.location; both are read the same way, a URL or a file.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
@QuarkusTestResource(value = VerifyingTokensAgainstAJwksTest.Provider.class, restrictToAnnotatedClass = true)
class VerifyingTokensAgainstAJwksTest {
    private static final String EXPORT = "/api/v1/question-banks/export?role=backend-engineer";

    /**
     * The provider: serves a key set at /certs and takes a new one by PUT (the test may run in another class loader
     * than this resource, so they share the set over HTTP, not a field). It starts with no key.
     */
    public static class Provider implements QuarkusTestResourceLifecycleManager {
        private final AtomicReference<byte[]> keySet =
                new AtomicReference<>("{\"keys\":[]}".getBytes(StandardCharsets.UTF_8));
        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/certs", exchange -> {
                if (exchange.getRequestMethod().equals("PUT")) {
                    keySet.set(exchange.getRequestBody().readAllBytes());
                }
                byte[] body = keySet.get();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return Map.of("smallrye.jwt.verify.key.location",
                    "http://localhost:" + server.getAddress().getPort() + "/certs",
                    // Production keeps the default (an unknown key refreshes the set at most every 30 minutes);
                    // here each may, so that the test need not wait.
                    "smallrye.jwt.jwks.forced-refresh-interval", "0");
        }

        @Override
        public void stop() {
            server.stop(0);
        }
    }

    private static final RsaJsonWebKey FIRST = key("first");
    private static final RsaJsonWebKey SECOND = key("second");

    @Test
    void aRotatedKeyIsTrustedWithoutARestartAndTheRetiredOneNoLonger() {
        publish(FIRST);
        given().auth().oauth2(token(FIRST)).get(EXPORT).then().statusCode(200);

        publish(SECOND);

        // A token naming a key not yet seen makes the library fetch the set again, not always in time for that
        // token's own answer (CI once saw a 401 first): the new key is trusted soon after, with no restart.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().auth().oauth2(token(SECOND)).get(EXPORT).then().statusCode(200));
        given().auth().oauth2(token(FIRST)).get(EXPORT).then().statusCode(401);
    }

    /** The provider now signs with this key alone and publishes only its public half. */
    private static void publish(RsaJsonWebKey key) {
        given().body(new JsonWebKeySet(key).toJson()).put(ConfigProvider.getConfig()
                .getValue("smallrye.jwt.verify.key.location", String.class)).then().statusCode(200);
    }

    private static String token(RsaJsonWebKey key) {
        return new TokenIssuer(key.getRsaPrivateKey(), key.getKeyId()).token("admin", "jwks-ada");
    }

    private static RsaJsonWebKey key(String id) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(id);
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
