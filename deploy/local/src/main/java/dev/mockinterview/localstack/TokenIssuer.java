package dev.mockinterview.localstack;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.security.PrivateKey;
import java.util.List;
import java.util.Map;

/** Signs MicroProfile JWT bearer tokens that the services accept, the way an OIDC provider would. */
public final class TokenIssuer {
    /** The issuer the services expect ({@code mp.jwt.verify.issuer}). */
    public static final String ISSUER = "https://mock-interview.local";
    public static final Map<String, String> DEMO_SUBJECTS =
            Map.of("candidate", "demo-candidate", "recruiter", "demo-recruiter", "admin", "demo-admin");

    private final PrivateKey key;

    public TokenIssuer(PrivateKey key) {
        this.key = key;
    }

    /** A token for any role name; tests also mint roles the platform does not know, to see them refused. */
    public String token(String role, String subject) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.of(role));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(12 * 60);
        claims.setGeneratedJwtId();
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(key);
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
    }
}
