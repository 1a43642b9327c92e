package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.domain.RubricPreview;
import dev.mockinterview.web.Viewer;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * Scores a sample answer against a draft rubric, exactly as a stored score would be, without storing anything:
 * authors try a rubric before they publish it. Each call counts against the user's previews a minute (429 over it).
 */
@Path("/api/v1/scoring/preview")
@RolesAllowed({"admin", "recruiter"})
public class PreviewResource {
    private final RubricPreview preview;
    private final Viewer viewer;

    PreviewResource(RubricPreview preview, Viewer viewer) {
        this.preview = preview;
        this.viewer = viewer;
    }

    // Embedding the rubric and the answer is CPU work of tens of milliseconds: a worker thread, never the event loop.
    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    public PreviewView preview(@NotNull @Valid PreviewRequest request) {
        PreviewRequest.Question question = request.question();
        return PreviewView.of(preview.score(viewer.getSubject(), question.prompt(), question.modelAnswer(),
                question.rubric(), List.of(request.answer())).get(0));
    }
}
