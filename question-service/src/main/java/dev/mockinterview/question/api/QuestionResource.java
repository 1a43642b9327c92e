package dev.mockinterview.question.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.contracts.problem.Problem;
import dev.mockinterview.contracts.problem.ProblemException;
import dev.mockinterview.question.domain.Authoring;
import dev.mockinterview.question.domain.Catalogue;
import dev.mockinterview.question.domain.NewQuestion;
import dev.mockinterview.question.domain.QuestionContent;
import dev.mockinterview.question.domain.QuestionSnapshot;
import dev.mockinterview.question.domain.Revisions;
import dev.mockinterview.question.domain.Slugs;
import dev.mockinterview.question.domain.VersionStatus;
import dev.mockinterview.web.Viewer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
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
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * The questions: anyone signed in reads the current published versions (candidates without the rubric); admins
 * create questions, edit them into new draft versions, publish and retire them.
 */
@Path("/api/v1/questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"candidate", "recruiter", "admin"})
public class QuestionResource {
    private static final String SORT = "^-?(id|topic|difficulty|timeLimitSeconds|publishedAt|relevance)$";

    private final Catalogue catalogue;
    private final Authoring authoring;
    private final ObjectMapper json;
    private final Viewer viewer;

    QuestionResource(Catalogue catalogue, Authoring authoring, ObjectMapper json, Viewer viewer) {
        this.catalogue = catalogue;
        this.authoring = authoring;
        this.json = json;
        this.viewer = viewer;
    }

    @GET
    public Response list(@QueryParam("role") @Pattern(regexp = Slugs.SLUG) @Size(max = 80) String role,
                         @QueryParam("topic") @Pattern(regexp = Slugs.SLUG) @Size(max = 80) String topic,
                         @QueryParam("difficulty") @Pattern(regexp = Slugs.DIFFICULTY) String difficulty,
                         @QueryParam("tag") @Pattern(regexp = Slugs.TAG) @Size(max = 40) String tag,
                         @QueryParam("q") @Size(min = 1, max = 200) String text,
                         @QueryParam("sort") @Pattern(regexp = SORT) String sort,
                         @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
                         @Context Request request) {
        Catalogue.SortOrder order = Catalogue.SortOrder.parse(sort, text != null);
        if (order.key() == Catalogue.SortKey.RELEVANCE && text == null) {
            throw new ProblemException(Problem.invalid("Sorting by relevance needs free text in q.",
                    List.of(new Problem.Violation("sort", "relevance needs q"))));
        }
        boolean withRubric = viewer.isStaff();
        Catalogue.Page found = catalogue.published(new Catalogue.Filter(role, topic, difficulty, tag, text), order,
                page, size, withRubric);
        QuestionPage body = new QuestionPage(
                found.questions().stream().map(question -> QuestionView.of(question, withRubric)).toList(),
                page, size, found.total());
        return Conditional.ok(request, body, json);
    }

    /** The current published version, from the cache after the first read. */
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") @Pattern(regexp = Slugs.SLUG) @Size(max = 80) String id,
                        @Context Request request) {
        QuestionSnapshot current = catalogue.current(id)
                .orElseThrow(() -> new NotFoundException("No published question with id " + id));
        return view(current, request);
    }

    /** Any version by number: published and retired ones for everyone, drafts for admins only. */
    @GET
    @Path("/{id}/versions/{version}")
    public Response version(@PathParam("id") @Pattern(regexp = Slugs.SLUG) @Size(max = 80) String id,
                            @PathParam("version") @Min(1) int number, @Context Request request) {
        QuestionSnapshot version = catalogue.version(id, number)
                .filter(found -> found.status() != VersionStatus.DRAFT || viewer.isAdmin())
                .orElseThrow(() -> new NotFoundException("No version " + number + " of question " + id));
        return view(version, request);
    }

    @POST
    @RolesAllowed("admin")
    public Response create(@Valid @NotNull NewQuestion question) {
        QuestionSnapshot draft = authoring.create(question);
        return Response.created(versionUri(draft)).tag(tag(draft)).entity(QuestionView.of(draft, true)).build();
    }

    /** A new draft version with this content; If-Match must name the question's current ETag. */
    @PUT
    @Path("/{id}")
    @RolesAllowed("admin")
    public Response revise(@PathParam("id") @Pattern(regexp = Slugs.SLUG) @Size(max = 80) String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull QuestionContent content) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Problem.ofType("if-match-required", 428, "Precondition Required",
                    "An edit must name the version it was based on: send If-Match with the ETag of GET "
                            + "/api/v1/questions/" + id + " (or of the response that last changed it)."));
        }
        QuestionSnapshot draft = authoring.revise(id, Revisions.named(ifMatch), content);
        return Response.ok(QuestionView.of(draft, true)).tag(tag(draft)).contentLocation(versionUri(draft)).build();
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed("admin")
    public Response publish(@PathParam("id") @Pattern(regexp = Slugs.SLUG) @Size(max = 80) String id) {
        QuestionSnapshot published = authoring.publish(id);
        return Response.ok(QuestionView.of(published, true)).tag(tag(published)).build();
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed("admin")
    public Response retire(@PathParam("id") @Pattern(regexp = Slugs.SLUG) @Size(max = 80) String id) {
        QuestionSnapshot retired = authoring.retire(id);
        return Response.ok(QuestionView.of(retired, true)).tag(tag(retired)).build();
    }

    // Staff see the rubric; candidates get a public ETag that changes only with what they see.
    private Response view(QuestionSnapshot question, Request request) {
        boolean withRubric = viewer.isStaff();
        EntityTag tag = withRubric ? tag(question)
                : EntityTag.valueOf(Revisions.publicEtag(question.revision()));
        return Conditional.ok(request, QuestionView.of(question, withRubric), tag);
    }

    private static EntityTag tag(QuestionSnapshot question) {
        return EntityTag.valueOf(Revisions.etag(question.revision()));
    }

    private static URI versionUri(QuestionSnapshot question) {
        return URI.create("/api/v1/questions/" + question.id() + "/versions/" + question.version());
    }
}
