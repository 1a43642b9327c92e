package dev.mockinterview.session.api;

import dev.mockinterview.session.domain.AssessmentSnapshot;
import dev.mockinterview.session.domain.Assessments;
import dev.mockinterview.session.domain.Caller;
import dev.mockinterview.session.domain.Invitation;
import dev.mockinterview.session.domain.Invitee;
import dev.mockinterview.session.domain.SessionSnapshot;
import dev.mockinterview.session.domain.TakingAssessments;
import dev.mockinterview.web.Viewer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * Assessments: a recruiter (or an admin) sets one up and invites candidates; each invited candidate takes it once
 * while it is open. Another recruiter's assessment answers 404, as if it did not exist.
 */
@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"recruiter", "admin"})
public class AssessmentResource {
    private final Assessments assessments;
    private final TakingAssessments taking;
    private final Viewer viewer;

    AssessmentResource(Assessments assessments, TakingAssessments taking, Viewer viewer) {
        this.assessments = assessments;
        this.taking = taking;
        this.viewer = viewer;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull AssessmentRequest request, @Context UriInfo uri) {
        AssessmentSnapshot assessment = assessments.create(request.spec(), caller());
        return withTag(assessment,
                Response.created(uri.getAbsolutePathBuilder().path(assessment.id().toString()).build()));
    }

    /** The caller's assessments, an admin's everyone's, newest first. */
    @GET
    public ListPage<AssessmentSnapshot.Summary> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return ListPage.of(assessments.list(caller(), page, size), page, size);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        return withTag(assessments.find(id, caller()), Response.ok());
    }

    /**
     * Everything until it opens; then only {@code closesAt} may differ from what it holds. With If-Match (the ETag
     * of a read), an assessment changed since is refused with 412 rather than overwritten.
     */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Valid @NotNull AssessmentRequest request) {
        return withTag(assessments.edit(id, request.spec(), revision(ifMatch), caller()), Response.ok());
    }

    @POST
    @Path("/{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> invite(@PathParam("id") UUID id, @Valid @NotNull InvitationRequest request) {
        return Map.of("invited", assessments.invite(id, request.candidateIds(), caller()));
    }

    @DELETE
    @Path("/{id}/invitations/{candidateId}")
    public Response uninvite(@PathParam("id") UUID id,
                             @PathParam("candidateId") @Pattern(regexp = InvitationRequest.CANDIDATE_ID)
                             String candidateId) {
        assessments.uninvite(id, candidateId, caller());
        return Response.noContent().build();
    }

    /** The invited candidates, in the order they were invited, each with their status and session. */
    @GET
    @Path("/{id}/candidates")
    public ListPage<Invitee> candidates(@PathParam("id") UUID id,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                        @QueryParam("size") @DefaultValue("100") @Min(1) @Max(500) int size) {
        return ListPage.of(assessments.invitees(id, caller(), page, size), page, size);
    }

    /** The assessments the candidate is invited to, latest opening first. */
    @GET
    @Path("/mine")
    @RolesAllowed("candidate")
    public ListPage<Invitation> mine(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                     @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return ListPage.of(taking.invitationsOf(viewer.getSubject(), page, size), page, size);
    }

    /** The candidate starts the assessment: 201 with the session, once. */
    @POST
    @Path("/{id}/session")
    @RolesAllowed("candidate")
    public Response start(@PathParam("id") UUID id) {
        SessionSnapshot session = taking.start(id, viewer.getSubject());
        return Response.created(URI.create("/api/v1/sessions/" + session.id())).entity(SessionView.of(session))
                .build();
    }

    private static Response withTag(AssessmentSnapshot assessment, Response.ResponseBuilder response) {
        return response.tag(new EntityTag(String.valueOf(assessment.revision())))
                .entity(AssessmentView.of(assessment)).build();
    }

    // None, or "*", asks for no check; a tag that names no revision of ours matches none.
    private static Long revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        try {
            return Long.valueOf(EntityTag.valueOf(ifMatch.strip()).getValue());
        } catch (IllegalArgumentException notOurs) {
            return -1L;
        }
    }

    private Caller caller() {
        return Caller.of(viewer);
    }
}
