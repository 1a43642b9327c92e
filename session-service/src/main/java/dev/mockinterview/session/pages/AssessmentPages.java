package dev.mockinterview.session.pages;

import dev.mockinterview.contracts.problem.ProblemMappers;
import dev.mockinterview.contracts.refusal.Invalid;
import dev.mockinterview.contracts.refusal.NotFound;
import dev.mockinterview.contracts.refusal.Refusal;
import dev.mockinterview.session.api.InvitationRequest;
import dev.mockinterview.session.domain.AssessmentSnapshot;
import dev.mockinterview.session.domain.Assessments;
import dev.mockinterview.session.domain.Caller;
import dev.mockinterview.session.domain.CatalogueQuestion;
import dev.mockinterview.session.domain.Invitee;
import dev.mockinterview.session.domain.Listed;
import dev.mockinterview.web.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The recruiter's assessment pages: their assessments, the form that creates or edits one, and one assessment with
 * its candidates, the invitation form and the link to its reports. Every change goes through {@link Assessments},
 * as the API's do; a post answers with a redirect (post/redirect/get), or shows the page again with what the
 * service refused and why.
 */
@Path("/assessments")
@RolesAllowed({"recruiter", "admin"})
@Produces(MediaType.TEXT_HTML)
public class AssessmentPages {
    static final int MAX_LISTED = 100;
    // The candidates shown on an assessment's page; the API pages through more.
    static final int MAX_CANDIDATES = 500;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assessments(List<AssessmentSnapshot.Summary> assessments, long total);

        static native TemplateInstance form(UUID id, AssessmentForm form, List<String> roles, List<String> topics,
                                            List<String> difficulties);

        static native TemplateInstance assessment(AssessmentSnapshot assessment, Listed<Invitee> candidates,
                                                  String invitees, String problem);

        static native TemplateInstance notFound(UUID id);
    }

    private final Assessments assessments;
    private final Viewer viewer;
    private final Validator validator;

    AssessmentPages(Assessments assessments, Viewer viewer, Validator validator) {
        this.assessments = assessments;
        this.viewer = viewer;
        this.validator = validator;
    }

    @GET
    public TemplateInstance list() {
        Listed<AssessmentSnapshot.Summary> listed = assessments.list(caller(), 0, MAX_LISTED);
        return Templates.assessments(listed.items(), listed.total());
    }

    @GET
    @Path("/new")
    public TemplateInstance blank() {
        return formPage(null, AssessmentForm.blank());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String title, @RestForm String role, @RestForm String questions,
                           @RestForm String questionIds, @RestForm List<String> topics, @RestForm String difficulty,
                           @RestForm String count, @RestForm String timeLimit, @RestForm String opensAt,
                           @RestForm String closesAt, @RestForm String showsFeedback) {
        AssessmentForm form = new AssessmentForm(title, role, questions, questionIds, topics, difficulty, count,
                timeLimit, opensAt, closesAt, showsFeedback != null, Map.of(), null);
        return save(null, form, () -> assessments.create(form.request().spec(), caller()).id());
    }

    @GET
    @Path("/{id}")
    public Response show(@PathParam("id") UUID id) {
        return assessmentPage(id, 200, "", null);
    }

    @GET
    @Path("/{id}/edit")
    public Response edit(@PathParam("id") UUID id) {
        try {
            return Response.ok(formPage(id, AssessmentForm.of(assessments.find(id, caller())))).build();
        } catch (NotFound notFound) {
            return notFound(id);
        }
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") UUID id, @RestForm String title, @RestForm String role,
                           @RestForm String questions, @RestForm String questionIds, @RestForm List<String> topics,
                           @RestForm String difficulty, @RestForm String count, @RestForm String timeLimit,
                           @RestForm String opensAt, @RestForm String closesAt, @RestForm String showsFeedback) {
        AssessmentForm form = new AssessmentForm(title, role, questions, questionIds, topics, difficulty, count,
                timeLimit, opensAt, closesAt, showsFeedback != null, Map.of(), null);
        return save(id, form, () -> assessments.edit(id, form.request().spec(), null, caller()).id());
    }

    /** Invites the user ids typed in the text area, separated by spaces, commas or lines. */
    @POST
    @Path("/{id}/invitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@PathParam("id") UUID id, @RestForm String candidateIds) {
        String typed = candidateIds == null ? "" : candidateIds;
        List<String> ids = Arrays.stream(typed.split("[\\s,]+")).filter(candidate -> !candidate.isBlank()).toList();
        if (!validator.validate(new InvitationRequest(ids)).isEmpty()) {
            return assessmentPage(id, 400, typed, "Enter from 1 to " + InvitationRequest.MAX_CANDIDATES
                    + " user ids, separated by spaces, commas or lines; each of letters, digits and . _ @ -, up to "
                    + "128 characters.");
        }
        try {
            assessments.invite(id, ids, caller());
            return toAssessment(id);
        } catch (Refusal refused) {
            return assessmentPage(id, ProblemMappers.problemOf(refused).status(), typed, refused.detail());
        }
    }

    @POST
    @Path("/{id}/invitations/{candidateId}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") UUID id, @PathParam("candidateId") String candidateId) {
        try {
            assessments.uninvite(id, candidateId, caller());
            return toAssessment(id);
        } catch (Refusal refused) {
            return assessmentPage(id, ProblemMappers.problemOf(refused).status(), "", refused.detail());
        }
    }

    private Response save(UUID id, AssessmentForm typed, Supplier<UUID> saving) {
        AssessmentForm form = typed.validated(validator);
        if (!form.isValid()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(formPage(id, form)).build();
        }
        try {
            return toAssessment(saving.get());
        } catch (NotFound notFound) {
            return notFound(id);
        } catch (Invalid invalid) {
            return Response.status(Response.Status.BAD_REQUEST).entity(formPage(id, form.refused(invalid))).build();
        } catch (Refusal refused) {
            return Response.status(ProblemMappers.problemOf(refused).status())
                    .entity(formPage(id, form.withProblem(refused.detail()))).build();
        }
    }

    private TemplateInstance formPage(UUID id, AssessmentForm form) {
        return Templates.form(id, form, CatalogueQuestion.currentRoles(), CatalogueQuestion.currentTopics(),
                AssessmentForm.DIFFICULTIES);
    }

    private Response assessmentPage(UUID id, int status, String invitees, String problem) {
        try {
            AssessmentSnapshot assessment = assessments.find(id, caller());
            return Response.status(status).entity(Templates.assessment(assessment,
                    assessments.invitees(id, caller(), 0, MAX_CANDIDATES), invitees, problem)).build();
        } catch (NotFound notFound) {
            return notFound(id);
        }
    }

    private static Response notFound(UUID id) {
        return Response.status(Response.Status.NOT_FOUND).entity(Templates.notFound(id)).build();
    }

    private static Response toAssessment(UUID id) {
        return Response.seeOther(URI.create("/assessments/" + id)).build();
    }

    private Caller caller() {
        return Caller.of(viewer);
    }
}
