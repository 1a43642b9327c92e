package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.domain.Reviewing;
import dev.mockinterview.web.Viewer;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

/**
 * Reviews of answer scores: the owner of an assessment, or an admin, sets the final score of an answer of one of its
 * sessions. 201 with the review; 404 for a report the caller may not review (as if it did not exist) or an answer
 * not on it; 409 {@code practice-not-reviewable} for practice, which only admins (and its candidate) can see.
 */
@Path("/api/v1/reports/{sessionId}/answers/{answerId}/reviews")
@RolesAllowed({"recruiter", "admin"})
public class ReviewResource {
    private static final String UUID_PATTERN =
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private final Reviewing reviewing;
    private final Viewer viewer;

    ReviewResource(Reviewing reviewing, Viewer viewer) {
        this.reviewing = reviewing;
        this.viewer = viewer;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    public Response review(@PathParam("sessionId") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
                           String sessionId,
                           @PathParam("answerId") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
                           String answerId,
                           @NotNull @Valid ReviewRequest request) {
        UUID session = UUID.fromString(sessionId);
        UUID answer = UUID.fromString(answerId);
        var review = reviewing.review(session, answer, viewer.getSubject(), viewer.isAdmin(),
                request.score().intValue(), request.statuses(), request.reason());
        return Response.status(Response.Status.CREATED).entity(ReviewView.of(session, answer, review)).build();
    }
}
