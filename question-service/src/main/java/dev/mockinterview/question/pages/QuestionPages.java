package dev.mockinterview.question.pages;

import dev.mockinterview.contracts.Difficulty;
import dev.mockinterview.contracts.refusal.Conflict;
import dev.mockinterview.contracts.refusal.Stale;
import dev.mockinterview.question.domain.Authoring;
import dev.mockinterview.question.domain.Catalogue;
import dev.mockinterview.question.domain.QuestionSnapshot;
import dev.mockinterview.question.domain.Slugs;
import dev.mockinterview.question.domain.VersionStatus;
import dev.mockinterview.web.RubricForm;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The author's pages of the catalogue: browse and search every question (drafts included), one question with its
 * versions, publish and retire, and the editor that saves a new draft version. The same rules as the API: the
 * editor validates with the API's records, and a save names the revision the form was loaded at, so an edit made
 * on a stale copy is refused instead of overwriting someone else's work.
 */
@Path("/author/questions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class QuestionPages {
    static final int PAGE_SIZE = 20;
    private static final String STALE = "Not saved: someone else changed this question after you opened it. "
            + "Your changes are below; open the newest version and make them again.";

    private final Catalogue catalogue;
    private final Authoring authoring;
    private final Validator validator;

    QuestionPages(Catalogue catalogue, Authoring authoring, Validator validator) {
        this.catalogue = catalogue;
        this.authoring = authoring;
        this.validator = validator;
    }

    /** What the templates see everywhere. */
    @TemplateGlobal
    static final class Globals {
        static final List<String> difficulties = Difficulty.LABELS;

        private Globals() {
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(CatalogueList list);

        static native TemplateInstance question(QuestionDetail detail);

        static native TemplateInstance edit(Editor editor);
    }

    /** What the list shows: the filter as given, the questions on this page and how many there are in all. */
    public record CatalogueList(String text, String role, String topic, String difficulty,
                                Catalogue.Placements placements, List<QuestionSnapshot> questions, int page,
                                long total) {
        public long pages() {
            return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        public int number() {
            return page + 1;
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return number() < pages();
        }

        public String previousLink() {
            return link(page - 1);
        }

        public String nextLink() {
            return link(page + 1);
        }

        // The list at another page, with the same filter.
        private String link(int toPage) {
            StringBuilder query = new StringBuilder("/author/questions?page=").append(toPage);
            Map<String, String> filter = new LinkedHashMap<>();
            filter.put("q", text);
            filter.put("role", role);
            filter.put("topic", topic);
            filter.put("difficulty", difficulty);
            filter.forEach((name, value) -> {
                if (value != null) {
                    query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            });
            return query.toString();
        }
    }

    /** One question: the version shown, every version, and what can be done next. */
    public record QuestionDetail(QuestionSnapshot shown, List<QuestionSnapshot> versions, String notice,
                                 String error) {
        public QuestionSnapshot newest() {
            return versions.get(0);
        }

        public boolean canPublish() {
            return newest().status() == VersionStatus.DRAFT;
        }

        public boolean canRetire() {
            return versions.stream().anyMatch(version -> version.status() == VersionStatus.PUBLISHED);
        }
    }

    /** The editor: a new question, or the next version of an existing one. */
    public record Editor(QuestionForm form, boolean isNew, String action, String conflict) {
    }

    @GET
    public TemplateInstance list(@QueryParam("q") @Size(max = 200) String text,
                                 @QueryParam("role") @Pattern(regexp = "^$|" + Slugs.SLUG) @Size(max = 80) String role,
                                 @QueryParam("topic") @Pattern(regexp = "^$|" + Slugs.SLUG) @Size(max = 80)
                                 String topic,
                                 @QueryParam("difficulty") @Pattern(regexp = "^$|" + Slugs.DIFFICULTY)
                                 String difficulty,
                                 @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page) {
        // An empty field of the search form means any.
        Catalogue.Filter filter = new Catalogue.Filter(blankToNull(role), blankToNull(topic),
                blankToNull(difficulty), null, text == null || text.isBlank() ? null : text.strip());
        Catalogue.Page found = catalogue.newest(filter, page, PAGE_SIZE);
        return Templates.list(new CatalogueList(filter.text(), filter.role(), filter.topic(), filter.difficulty(),
                catalogue.placements(), found.questions(), page, found.total()));
    }

    @GET
    @Path("/new")
    public TemplateInstance newQuestion() {
        return Templates.edit(new Editor(QuestionForm.blank(), true, "/author/questions/new", null));
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        QuestionForm form = QuestionForm.read(fields);
        if (RubricForm.isKeyPointEdit(fields)) {
            return Response.ok(Templates.edit(new Editor(form, true, "/author/questions/new", null))).build();
        }
        Map<String, String> errors = RubricForm.errors(validator.validate(form.newQuestion()));
        errors.putAll(form.numberErrors(true));
        int status = 400;
        if (errors.isEmpty()) {
            try {
                QuestionSnapshot draft = authoring.create(form.newQuestion());
                return seeQuestion(draft.id(), "created");
            } catch (Conflict taken) {
                errors.put("id", "is taken by another question");
                status = 409;
            }
        }
        return Response.status(status)
                .entity(Templates.edit(new Editor(form.withErrors(errors), true, "/author/questions/new", null)))
                .build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance question(@PathParam("id") String id, @QueryParam("version") Integer version,
                                     @QueryParam("done") String done) {
        List<QuestionSnapshot> versions = versions(id);
        QuestionSnapshot shown = versions.stream().filter(candidate -> version == null
                || candidate.version() == version).findFirst().orElse(versions.get(0));
        return Templates.question(new QuestionDetail(shown, versions, notice(done, versions.get(0)), null));
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance edit(@PathParam("id") String id) {
        return Templates.edit(new Editor(QuestionForm.of(versions(id).get(0)), false, editPath(id), null));
    }

    /** Saves the form as a new draft version, if the question is still at the revision the form was loaded at. */
    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        QuestionSnapshot newest = versions(id).get(0);
        // Placement is not edited here: the form shows the question's own.
        QuestionForm form = placedAs(QuestionForm.read(fields), newest);
        if (RubricForm.isKeyPointEdit(fields)) {
            return Response.ok(Templates.edit(new Editor(form, false, editPath(id), null))).build();
        }
        Map<String, String> errors = RubricForm.errors(validator.validate(form.content()));
        errors.putAll(form.numberErrors(false));
        if (!errors.isEmpty()) {
            return Response.status(400)
                    .entity(Templates.edit(new Editor(form.withErrors(errors), false, editPath(id), null))).build();
        }
        List<Long> basis = form.revision().matches("\\d{1,18}") ? List.of(Long.parseLong(form.revision()))
                : List.of();
        try {
            authoring.revise(id, basis, form.content());
        } catch (Stale changed) {
            return Response.status(409).entity(Templates.edit(new Editor(form, false, editPath(id), STALE)))
                    .build();
        }
        return seeQuestion(id, "saved");
    }

    @POST
    @Path("/{id}/publish")
    public Response publish(@PathParam("id") String id) {
        return act(id, () -> authoring.publish(id), "published");
    }

    @POST
    @Path("/{id}/retire")
    public Response retire(@PathParam("id") String id) {
        return act(id, () -> authoring.retire(id), "retired");
    }

    // Publish and retire answer a refusal (nothing to publish or retire) with the question's page and the reason.
    private Response act(String id, Runnable action, String done) {
        versions(id);
        try {
            action.run();
        } catch (Conflict refused) {
            List<QuestionSnapshot> versions = versions(id);
            return Response.status(409).entity(Templates.question(new QuestionDetail(versions.get(0), versions,
                    null, refused.detail()))).build();
        }
        return seeQuestion(id, done);
    }

    private List<QuestionSnapshot> versions(String id) {
        List<QuestionSnapshot> versions = id.matches(Slugs.SLUG) ? catalogue.versions(id) : List.of();
        if (versions.isEmpty()) {
            throw new NotFoundException("No question with id " + id);
        }
        return versions;
    }

    private static QuestionForm placedAs(QuestionForm form, QuestionSnapshot question) {
        QuestionForm placed = QuestionForm.of(question);
        return new QuestionForm(placed.id(), placed.role(), placed.topic(), placed.difficulty(), placed.tags(),
                placed.timeLimitSeconds(), form.rationale(), form.revision(), form.rubric(), Map.of());
    }

    // Post/redirect/get: reloading the question's page repeats nothing.
    private static Response seeQuestion(String id, String done) {
        return Response.seeOther(URI.create("/author/questions/" + id + "?done=" + done)).build();
    }

    private static String editPath(String id) {
        return "/author/questions/" + id + "/edit";
    }

    private static String notice(String done, QuestionSnapshot newest) {
        String version = "version " + newest.version();
        return Optional.ofNullable(done).map(what -> switch (what) {
            case "created" -> "Created the question as draft " + version + ".";
            case "saved" -> "Saved draft " + version + ".";
            case "published" -> "Published " + version + ".";
            case "retired" -> "Retired the question: sessions no longer draw it.";
            default -> null;
        }).orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
