package dev.mockinterview.question.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Reads with an ETag, answering a matching If-None-Match with 304 and no body. What a read shows depends on who asks
 * (staff see the rubrics), so it is private to the caller and varies with the credentials: no shared cache may hand
 * one caller's copy to another.
 */
final class Conditional {
    private static final CacheControl PRIVATE = CacheControl.valueOf("private");
    private static final String CREDENTIALS = HttpHeaders.AUTHORIZATION + ", " + HttpHeaders.COOKIE;

    private Conditional() {
    }

    static Response ok(Request request, Object body, EntityTag tag) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified : Response.ok(body);
        return response.tag(tag).cacheControl(PRIVATE).header(HttpHeaders.VARY, CREDENTIALS).build();
    }

    /** A read whose tag is a digest of its JSON body: lists and counts, which have no revision of their own. */
    static Response ok(Request request, Object body, ObjectMapper json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(body));
            return ok(request, body, new EntityTag(Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(Arrays.copyOf(digest, 18))));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("could not tag a response", e);
        }
    }
}
