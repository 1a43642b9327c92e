package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.domain.Rescoring;
import dev.mockinterview.web.Viewer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Rescoring every stored answer with the current scorer, for admins. It runs in the background: the POST answers
 * 202 at once with the progress, which the GET shows until it has finished. Older scores stay readable. Any instance
 * answers both: the run and its progress are in the database, and one runs at a time across instances.
 */
@Path("/api/v1/scoring/rescore")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class RescoreResource {
    private final Rescoring rescoring;
    private final Viewer viewer;

    RescoreResource(Rescoring rescoring, Viewer viewer) {
        this.rescoring = rescoring;
        this.viewer = viewer;
    }

    @POST
    public Response start() {
        return Response.accepted(rescoring.start(viewer.getSubject())).build();
    }

    @GET
    public Rescoring.Progress progress() {
        return rescoring.progress();
    }
}
