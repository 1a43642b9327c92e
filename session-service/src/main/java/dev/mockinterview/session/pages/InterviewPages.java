package dev.mockinterview.session.pages;

import dev.mockinterview.contracts.problem.ProblemMappers;
import dev.mockinterview.contracts.refusal.NotFound;
import dev.mockinterview.contracts.refusal.Refusal;
import dev.mockinterview.session.api.AnswerRequest;
import dev.mockinterview.session.api.StartSessionRequest;
import dev.mockinterview.session.domain.Answering;
import dev.mockinterview.session.domain.Caller;
import dev.mockinterview.session.domain.CatalogueQuestion;
import dev.mockinterview.session.domain.Closing;
import dev.mockinterview.session.domain.Interviews;
import dev.mockinterview.session.domain.Invitation;
import dev.mockinterview.session.domain.SessionSnapshot;
import dev.mockinterview.session.domain.Starting;
import dev.mockinterview.session.domain.Submission;
import dev.mockinterview.session.domain.TakingAssessments;
import dev.mockinterview.web.TimeFormats;
import dev.mockinterview.web.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The candidate's pages: their sessions with the form that starts one, the assessments they are invited to, and the
 * interview itself, one question at a time. Every change goes through the domain ({@link Starting},
 * {@link TakingAssessments}, {@link Answering}, {@link Closing}), as the API's do; each form post answers with a
 * redirect to the interview (post/redirect/get), or shows the page again with what the service refused and why.
 */
@Path("/interviews")
@RolesAllowed("candidate")
@Produces(MediaType.TEXT_HTML)
public class InterviewPages {
    static final int PAGE_SIZE = 10;
    // The candidate's assessments shown beside their sessions, latest opening first.
    static final int MAX_ASSESSMENTS = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance interviews(SessionList sessions, StartForm form, List<String> roles,
                                                  List<String> topics, List<String> difficulties,
                                                  List<Invitation> assessments, String assessmentProblem);

        static native TemplateInstance interview(InterviewView interview, AnswerForm answer, int maxLength);

        static native TemplateInstance notFound(UUID id);
    }

    /**
     * What the answer form shows besides the question.
     *
     * @param text    the candidate's text, kept when the service refused it
     * @param problem why the last post was refused, or null
     */
    public record AnswerForm(String text, String problem) {
        public int length() {
            return text == null ? 0 : text.length();
        }
    }

    private final Interviews interviews;
    private final Starting starting;
    private final Answering answering;
    private final Closing closing;
    private final TakingAssessments taking;
    private final Viewer viewer;
    private final Validator validator;

    InterviewPages(Interviews interviews, Starting starting, Answering answering, Closing closing,
                   TakingAssessments taking, Viewer viewer, Validator validator) {
        this.interviews = interviews;
        this.starting = starting;
        this.taking = taking;
        this.answering = answering;
        this.closing = closing;
        this.viewer = viewer;
        this.validator = validator;
    }

    @GET
    public TemplateInstance list(@RestQuery @DefaultValue("0") int page) {
        return interviewsPage(Math.max(0, page), StartForm.blank(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestForm String role, @RestForm List<String> topics, @RestForm String difficulty,
                          @RestForm String questionCount) {
        StartForm form = new StartForm(role, topics, difficulty, questionCount, Map.of(), null).validated(validator);
        if (!form.isValid()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(interviewsPage(0, form, null)).build();
        }
        StartSessionRequest request = form.request();
        try {
            SessionSnapshot session = starting.start(viewer.getSubject(), request.role(), request.questionCount(),
                    form.topics(), request.difficulty());
            return toInterview(session.id());
        } catch (Refusal refused) {
            return Response.status(ProblemMappers.problemOf(refused).status())
                    .entity(interviewsPage(0, form.withProblem(refused.detail()), null)).build();
        }
    }

    /** Starts an assessment the candidate is invited to, once, while it is open. */
    @POST
    @Path("/assessments/{assessmentId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startAssessment(@PathParam("assessmentId") UUID assessmentId) {
        try {
            return toInterview(taking.start(assessmentId, viewer.getSubject()).id());
        } catch (Refusal refused) {
            return Response.status(ProblemMappers.problemOf(refused).status())
                    .entity(interviewsPage(0, StartForm.blank(), refused.detail())).build();
        }
    }

    @GET
    @Path("/{id}")
    public Response show(@PathParam("id") UUID id) {
        return interviewPage(id, Response.Status.OK.getStatusCode(), null, 0, null);
    }

    @POST
    @Path("/{id}/answers/{position}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") UUID id, @PathParam("position") int position, @RestForm String text) {
        // Browsers send a text area's line breaks as CRLF; the candidate typed, and the page counted, one character.
        String answer = text == null ? "" : text.replace("\r\n", "\n");
        if (!validator.validate(new AnswerRequest(answer)).isEmpty()) {
            return interviewPage(id, Response.Status.BAD_REQUEST.getStatusCode(), "Your answer is longer than "
                    + AnswerRequest.MAX_LENGTH + " characters. Shorten it and submit it again.", position, answer);
        }
        try {
            Submission submission = answering.submitAnswer(id, position, answer, caller());
            if (submission instanceof Submission.TooLate late) {
                return interviewPage(id, Response.Status.CONFLICT.getStatusCode(), "Time ran out for question "
                        + position + " at " + TimeFormats.utcTime(late.limitEndsAt())
                        + ", so your answer was not accepted and the question counts as unanswered.", 0, null);
            }
            return toInterview(id);
        } catch (Refusal refused) {
            return refusal(id, refused, position, answer);
        }
    }

    @POST
    @Path("/{id}/answers/{position}/skip")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response skip(@PathParam("id") UUID id, @PathParam("position") int position) {
        try {
            answering.skip(id, position, caller());
            return toInterview(id);
        } catch (Refusal refused) {
            return refusal(id, refused, 0, null);
        }
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@PathParam("id") UUID id) {
        try {
            closing.complete(id, caller());
            return toInterview(id);
        } catch (Refusal refused) {
            return refusal(id, refused, 0, null);
        }
    }

    private TemplateInstance interviewsPage(int page, StartForm form, String assessmentProblem) {
        String candidate = viewer.getSubject();
        SessionList sessions = SessionList.of(interviews.sessionsOf(candidate, page, PAGE_SIZE), page, PAGE_SIZE,
                interviews.countSessionsOf(candidate));
        return Templates.interviews(sessions, form, CatalogueQuestion.currentRoles(),
                CatalogueQuestion.currentTopics(), StartForm.DIFFICULTIES,
                taking.invitationsOf(candidate, 0, MAX_ASSESSMENTS).items(), assessmentProblem);
    }

    /**
     * The interview page with the session as it is now. A refused answer's text comes back in the text area only
     * while its question is still the current one, so that it never lands under another question.
     */
    private Response interviewPage(UUID id, int status, String problem, int position, String text) {
        InterviewView interview;
        try {
            interview = InterviewView.of(interviews.find(id, caller()));
        } catch (NotFound notFound) {
            return Response.status(Response.Status.NOT_FOUND).entity(Templates.notFound(id)).build();
        }
        boolean stillCurrent = interview.current() != null && interview.current().position() == position;
        return Response.status(status)
                .entity(Templates.interview(interview, new AnswerForm(stillCurrent ? text : "", problem),
                        AnswerRequest.MAX_LENGTH))
                .build();
    }

    // An unknown session, or another candidate's, shows the page for a missing interview (interviewPage finds out).
    private Response refusal(UUID id, Refusal refused, int position, String text) {
        return interviewPage(id, ProblemMappers.problemOf(refused).status(), refused.detail(), position, text);
    }

    private static Response toInterview(UUID id) {
        return Response.seeOther(URI.create("/interviews/" + id)).build();
    }

    // Pages are the candidate's own: they see their sessions only, as on the API.
    private Caller caller() {
        return Caller.candidate(viewer.getSubject());
    }
}
