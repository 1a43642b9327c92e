package dev.mockinterview.session.api;

import dev.mockinterview.contracts.problem.Problem;
import dev.mockinterview.session.domain.Answering;
import dev.mockinterview.session.domain.Caller;
import dev.mockinterview.session.domain.Closing;
import dev.mockinterview.session.domain.Interviews;
import dev.mockinterview.session.domain.SessionSnapshot;
import dev.mockinterview.session.domain.Starting;
import dev.mockinterview.session.domain.Submission;
import dev.mockinterview.web.Viewer;
import io.micrometer.core.annotation.Timed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.UUID;

/** Interview sessions: a candidate starts one, answers its questions in order, and completes it. */
@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
    private final Interviews interviews;
    private final Starting starting;
    private final Answering answering;
    private final Closing closing;
    private final Viewer viewer;

    SessionResource(Interviews interviews, Starting starting, Answering answering, Closing closing, Viewer viewer) {
        this.interviews = interviews;
        this.starting = starting;
        this.answering = answering;
        this.closing = closing;
        this.viewer = viewer;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("candidate")
    public Response start(@Valid @NotNull StartSessionRequest request, @Context UriInfo uri) {
        SessionSnapshot session = starting.start(viewer.getSubject(), request.role(), request.questionCount(),
                request.topicsOrAll(), request.difficulty());
        return Response.created(uri.getAbsolutePathBuilder().path(session.id().toString()).build())
                .entity(SessionView.of(session)).build();
    }

    @GET
    @RolesAllowed("candidate")
    // Bounded like every list, so that page times size stays far from overflowing.
    public SessionPage mine(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        String candidate = viewer.getSubject();
        return new SessionPage(interviews.sessionsOf(candidate, page, size).stream().map(SessionView::of).toList(),
                page, size, interviews.countSessionsOf(candidate));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"candidate", "recruiter", "admin"})
    public SessionView get(@PathParam("id") UUID id) {
        return SessionView.of(interviews.find(id, caller()));
    }

    @PUT
    @Path("/{id}/answers/{position}")
    @Timed(value = "answers.submission", description = "Time to accept, or refuse, an answer", histogram = true)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("candidate")
    public Response answer(@PathParam("id") UUID id, @PathParam("position") int position,
                           @Valid @NotNull AnswerRequest request) {
        Submission submission = answering.submitAnswer(id, position, request.text(), caller());
        if (submission instanceof Submission.TooLate late) {
            // Returned, not thrown: the question's timing out is committed with this refusal.
            return Response.status(409).type(Problem.MEDIA_TYPE)
                    .entity(Problem.ofType("time-limit-exceeded", 409, "Time limit exceeded",
                            "The time limit of position " + position + " ended at "
                                    + late.limitEndsAt() + "; the question counts as unanswered."))
                    .build();
        }
        return Response.ok(AnswerView.of((Submission.Stored) submission)).build();
    }

    @POST
    @Path("/{id}/answers/{position}/skip")
    @RolesAllowed("candidate")
    public SessionView skip(@PathParam("id") UUID id, @PathParam("position") int position) {
        return SessionView.of(answering.skip(id, position, caller()));
    }

    @POST
    @Path("/{id}/abandon")
    @RolesAllowed("candidate")
    public SessionView abandon(@PathParam("id") UUID id) {
        return SessionView.of(closing.abandon(id, caller()));
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed("candidate")
    public SessionView complete(@PathParam("id") UUID id) {
        return SessionView.of(closing.complete(id, caller()));
    }

    // The token's subject is the candidate id.
    private Caller caller() {
        return Caller.of(viewer);
    }
}
