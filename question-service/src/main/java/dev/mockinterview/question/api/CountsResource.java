package dev.mockinterview.question.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.question.domain.Catalogue;
import dev.mockinterview.question.domain.Slugs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The roles and topics of the catalogue, with how many published questions each holds. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"candidate", "recruiter", "admin"})
public class CountsResource {
    private final Catalogue catalogue;
    private final ObjectMapper json;

    CountsResource(Catalogue catalogue, ObjectMapper json) {
        this.catalogue = catalogue;
        this.json = json;
    }

    @GET
    @Path("/roles")
    public Response roles(@Context Request request) {
        return Conditional.ok(request, new Items<>(catalogue.roles()), json);
    }

    @GET
    @Path("/topics")
    public Response topics(@QueryParam("role") @Pattern(regexp = Slugs.SLUG) @Size(max = 80) String role,
                           @Context Request request) {
        return Conditional.ok(request, new Items<>(catalogue.topics(role)), json);
    }

    /** A list in an object, so that fields can join it later. */
    public record Items<T>(List<T> items) {
    }
}
