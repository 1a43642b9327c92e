package dev.mockinterview.session.pages;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** The platform's front door: sends each user to the pages of their role. */
@Path("/")
@Authenticated
public class HomePages {
    // In this order when a user holds several roles; the services behind each path check the role again.
    private static final Map<String, String> START_BY_ROLE = new LinkedHashMap<>();

    static {
        START_BY_ROLE.put("candidate", "/interviews");
        START_BY_ROLE.put("recruiter", "/recruiter/reports");
        START_BY_ROLE.put("admin", "/author/questions");
    }

    @GET
    public Response home(@Context SecurityContext caller) {
        return START_BY_ROLE.entrySet().stream()
                .filter(role -> caller.isUserInRole(role.getKey()))
                .findFirst()
                .map(role -> Response.seeOther(URI.create(role.getValue())).build())
                .orElseThrow(() -> new ForbiddenException("No page of the platform is open to your roles."));
    }
}
