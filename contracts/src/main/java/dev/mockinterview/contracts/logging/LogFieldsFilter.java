package dev.mockinterview.contracts.logging;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every log line of a request the ids its path names ({@link LogFields#ofPath}), in every service that has
 * this jar: the filter runs after matching, when the path parameters are known, and its fields go when the response
 * does.
 */
@Provider
public class LogFieldsFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String SCOPE = LogFieldsFilter.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        MultivaluedMap<String, String> parameters = uri.getPathParameters();
        if (parameters.isEmpty()) {
            return;
        }
        Map<String, String> first = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (!values.isEmpty()) {
                first.put(name, values.get(0));
            }
        });
        List<String> segments = uri.getPathSegments().stream().map(PathSegment::getPath).toList();
        request.setProperty(SCOPE, LogFields.ofPath(first, segments));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(SCOPE) instanceof LogFields.Scope scope) {
            scope.close();
        }
    }
}
