package dev.mockinterview.scoring.pages;

import dev.mockinterview.contracts.problem.ProblemMappers;
import dev.mockinterview.contracts.refusal.TooMany;
import dev.mockinterview.scoring.api.PreviewRequest;
import dev.mockinterview.scoring.domain.PublishedVersion;
import dev.mockinterview.scoring.domain.RubricPreview;
import dev.mockinterview.scoring.domain.ScoredAnswer;
import dev.mockinterview.web.RubricForm;
import dev.mockinterview.web.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rubric playground: an author pastes sample answers and sees, for each, what the scoring preview computes
 * (score, band, flags, every key point's status with similarity and evidence). It opens empty, prefilled from a
 * published version scoring holds ({@code ?question=ID&version=N}), or from question-service's editor, whose "Try
 * in playground" button posts its form here: the rubric fields have the same names ({@link RubricForm}).
 */
@Path("/author/playground")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"admin", "recruiter"})
public class PlaygroundPages {
    static final String SAMPLE = "sample";
    static final String ADD_SAMPLE = "addSample";
    private static final int SAMPLES = 3;
    private static final int MOST_SAMPLES = 10;

    private final RubricPreview preview;
    private final Validator validator;
    private final Viewer viewer;

    PlaygroundPages(RubricPreview preview, Validator validator, Viewer viewer) {
        this.preview = preview;
        this.validator = validator;
        this.viewer = viewer;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance playground(Playground playground);
    }

    /** The form, a notice (null when none), and each sample with what it scored once scored. */
    public record Playground(RubricForm rubric, List<Sample> samples, String notice, String problem) {
        public boolean isScored() {
            return samples.stream().anyMatch(sample -> sample.result() != null);
        }
    }

    /** One sample answer as typed, its error (null when none) and its score (null until scored). */
    public record Sample(int index, String text, String error, ScoredAnswer result) {
        public int number() {
            return index + 1;
        }

        public String band() {
            return result.band().name().toLowerCase(Locale.ROOT);
        }

        /** The flags as words: "too short", "gibberish". */
        public List<String> flags() {
            return result.flags().stream().map(flag -> flag.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .toList();
        }

        public List<Finding> findings() {
            return result.keyPoints().stream().map(point -> new Finding(point.text(),
                    point.status().name().toLowerCase(Locale.ROOT),
                    BigDecimal.valueOf(point.similarity()).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                    point.evidence())).toList();
        }
    }

    /** One key point's finding in a sample: covered, partial or missing, with the sentence that supports it. */
    public record Finding(String text, String status, String similarity, String evidence) {
    }

    @GET
    public TemplateInstance open(@QueryParam("question") @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$")
                                 @Size(max = 80) String questionId,
                                 @QueryParam("version") @Min(1) @Max(1_000_000) Integer version) {
        if (questionId == null || version == null) {
            return Templates.playground(new Playground(RubricForm.empty(3), samples(List.of(), Map.of(), null),
                    null, null));
        }
        return preview.stored(questionId, version)
                .map(stored -> Templates.playground(new Playground(rubricOf(stored), samples(List.of(), Map.of(),
                        null), "Prefilled from version " + version + " of " + questionId + ".", null)))
                .orElseGet(() -> Templates.playground(new Playground(RubricForm.empty(3),
                        samples(List.of(), Map.of(), null), null, "Scoring holds no version " + version + " of "
                        + questionId + ": only published versions reach it. Try a draft from its editor.")));
    }

    /**
     * Scores the sample answers written; a form posted by "Add key point", "Remove" or "Add sample answer" is shown
     * again instead.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response score(MultivaluedMap<String, String> fields) {
        RubricForm rubric = RubricForm.read(fields);
        List<String> texts = new ArrayList<>(fields.getOrDefault(SAMPLE, List.of()));
        if (fields.containsKey(ADD_SAMPLE) && texts.size() < MOST_SAMPLES) {
            texts.add("");
        }
        if (RubricForm.isKeyPointEdit(fields) || fields.containsKey(ADD_SAMPLE)) {
            return Response.ok(Templates.playground(new Playground(rubric, samples(texts, Map.of(), null), null,
                    null))).build();
        }
        rubric = rubric.withoutBlankKeyPoints();
        List<Integer> written = new ArrayList<>();
        for (int i = 0; i < texts.size() && i < MOST_SAMPLES; i++) {
            if (!texts.get(i).isBlank()) {
                written.add(i);
            }
        }
        if (written.isEmpty()) {
            // The editor's "Try in playground" sends a rubric and no samples yet.
            return Response.ok(Templates.playground(new Playground(rubric, samples(texts, Map.of(), null),
                    "Write sample answers, then press Score samples.", null))).build();
        }
        PreviewRequest.Question question = question(rubric);
        Map<String, String> rubricErrors = new HashMap<>();
        Map<Integer, String> sampleErrors = new HashMap<>();
        for (int i : written) {
            validator.validate(new PreviewRequest(question, texts.get(i))).forEach(violation -> {
                String field = RubricForm.field(violation.getPropertyPath());
                if ("answer".equals(field)) {
                    sampleErrors.putIfAbsent(i, violation.getMessage());
                } else {
                    rubricErrors.putIfAbsent(field, violation.getMessage());
                }
            });
        }
        for (RubricForm.KeyPointRow row : rubric.getKeyPoints()) {
            if (row.weightValue() == null) {
                rubricErrors.put(RubricForm.row(row.index(), RubricForm.WEIGHT), "must be a number");
            }
        }
        if (!rubricErrors.isEmpty() || !sampleErrors.isEmpty()) {
            return Response.status(400).entity(Templates.playground(new Playground(rubric.withErrors(rubricErrors),
                    samples(texts, sampleErrors, null), null, "Not scored: correct the fields marked below.")))
                    .build();
        }
        List<ScoredAnswer> scored;
        try {
            scored = preview.score(viewer.getSubject(), question.prompt(), question.modelAnswer(), question.rubric(),
                    written.stream().map(texts::get).toList());
        } catch (TooMany refused) {
            return Response.status(ProblemMappers.problemOf(refused).status()).entity(Templates.playground(
                    new Playground(rubric, samples(texts, Map.of(), null), null, "Not scored: "
                            + refused.detail()))).build();
        }
        Map<Integer, ScoredAnswer> results = new LinkedHashMap<>();
        for (int i = 0; i < written.size(); i++) {
            results.put(written.get(i), scored.get(i));
        }
        return Response.ok(Templates.playground(new Playground(rubric, samples(texts, Map.of(), results), null,
                null))).build();
    }

    // At least three sample boxes, so there is room to compare answers.
    private static List<Sample> samples(List<String> texts, Map<Integer, String> errors,
                                        Map<Integer, ScoredAnswer> results) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < Math.max(SAMPLES, Math.min(texts.size(), MOST_SAMPLES)); i++) {
            samples.add(new Sample(i, i < texts.size() ? texts.get(i) : "", errors.get(i),
                    results == null ? null : results.get(i)));
        }
        return samples;
    }

    private static PreviewRequest.Question question(RubricForm rubric) {
        return new PreviewRequest.Question(rubric.getPrompt(), rubric.getModelAnswer(), rubric.getKeyPoints().stream()
                .map(row -> new PreviewRequest.KeyPoint(row.text(), row.weightValue(), row.alternativeList()))
                .toList());
    }

    private static RubricForm rubricOf(PublishedVersion version) {
        return RubricForm.of(version.prompt(), version.modelAnswer(), version.keyPoints().stream()
                .map(point -> RubricForm.KeyPointRow.of(point.text(),
                        BigDecimal.valueOf(point.weight()).stripTrailingZeros().toPlainString(),
                        point.alternatives() == null ? List.of() : point.alternatives()))
                .toList());
    }
}
