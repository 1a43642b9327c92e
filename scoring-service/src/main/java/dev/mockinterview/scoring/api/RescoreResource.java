package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.domain.Rescoring;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Rescoring every stored answer with the current scorer, for admins. It runs in the background: the POST answers
 * 202 at once with the progress, which the GET shows until it has finished. Older scores stay readable.
 */
@Path("/api/v1/scoring/rescore")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class RescoreResource {
    private final Rescoring rescoring;

    RescoreResource(Rescoring rescoring) {
        this.rescoring = rescoring;
    }

    @POST
    public Response start() {
        return Response.accepted(rescoring.start()).build();
    }

    @GET
    public Rescoring.Progress progress() {
        return rescoring.progress();
    }
}
