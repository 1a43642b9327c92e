package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.domain.AnswerScorer;
import dev.mockinterview.scoring.domain.KeyPoint;
import dev.mockinterview.scoring.domain.QuestionVersion;
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
 * authors try a rubric before they publish it.
 */
@Path("/api/v1/scoring/preview")
@RolesAllowed({"admin", "recruiter"})
public class PreviewResource {
    private final AnswerScorer scorer;

    PreviewResource(AnswerScorer scorer) {
        this.scorer = scorer;
    }

    // Embedding the rubric and the answer is CPU work of tens of milliseconds: a worker thread, never the event loop.
    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    public PreviewView preview(@NotNull @Valid PreviewRequest request) {
        return PreviewView.of(scorer.score(request.answer(), draft(request.question())));
    }

    // A question version that is never stored: the scorer embeds its rubric for this one answer.
    private static QuestionVersion draft(PreviewRequest.Question question) {
        QuestionVersion draft = new QuestionVersion();
        draft.questionId = "preview";
        draft.version = 1;
        draft.prompt = question.prompt();
        draft.modelAnswer = question.modelAnswer();
        draft.keyPoints = question.keyPoints() == null ? List.of() : question.keyPoints().stream()
                .map(point -> new KeyPoint(point.text(), point.weight(),
                        point.alternatives() == null ? List.of() : List.copyOf(point.alternatives())))
                .toList();
        return draft;
    }
}
