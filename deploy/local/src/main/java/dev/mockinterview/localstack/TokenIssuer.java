package dev.mockinterview.localstack;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Signs MicroProfile JWT bearer tokens that the services accept, the way an OIDC provider would. */
public final class TokenIssuer {
    /** The issuer the services expect ({@code mp.jwt.verify.issuer}). */
    public static final String ISSUER = "https://mock-interview.local";
    /** The audience the services expect ({@code mp.jwt.verify.audiences} in the web module). */
    public static final String AUDIENCE = "mock-interview";
    /** The cookie that carries the same token for pages ({@code mp.jwt.token.cookie} in the web module). */
    public static final String COOKIE = "mip_token";
    /** How long a token is valid; the sign-in cookie expires with it. */
    public static final Duration LIFETIME = Duration.ofHours(12);
    public static final Map<String, String> DEMO_SUBJECTS =
            Map.of("candidate", "demo-candidate", "recruiter", "demo-recruiter", "admin", "demo-admin");

    private final PrivateKey key;
    private final String keyId;

    public TokenIssuer(PrivateKey key) {
        this(key, null);
    }

    /** Names the key in each token's kid header, as a provider that publishes several keys (a JWKS) does. */
    public TokenIssuer(PrivateKey key, String keyId) {
        this.key = key;
        this.keyId = keyId;
    }

    /** A token for any role name; tests also mint roles the platform does not know, to see them refused. */
    public String token(String role, String subject) {
        return token(role, subject, AUDIENCE);
    }

    /** A token for another audience: a token issued for another application, which the services must refuse. */
    public String token(String role, String subject, String audience) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(audience);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.of(role));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(LIFETIME.toMinutes());
        claims.setGeneratedJwtId();
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(key);
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        if (keyId != null) {
            signature.setKeyIdHeaderValue(keyId);
        }
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
    }
}
