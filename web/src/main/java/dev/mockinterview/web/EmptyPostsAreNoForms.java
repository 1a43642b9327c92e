package dev.mockinterview.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An empty POST that says it is a form (many HTTP clients label a body-less POST so, e.g. {@code .../complete}) is
 * no form: quarkus-rest-csrf would refuse it with 400 for lacking a form to carry the CSRF token, breaking API
 * clients. Without a body there is no form to forge, so the label is dropped before the CSRF check runs.
 */
public class EmptyPostsAreNoForms {

    @ServerRequestFilter(preMatching = true)
    public void dropTheFormLabelOfAnEmptyBody(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type != null && MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)
                && "0".equals(request.getHeaderString(HttpHeaders.CONTENT_LENGTH))) {
            request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }
}
