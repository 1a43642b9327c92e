package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.domain.Reviews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every reviewed answer, by its final review, as a TSV of graded answers that {@code deploy/evaluate-scorer} reads as
 * it is: {@code question}, {@code reference_answers} (the model answer), {@code student_answer}, {@code grade} (the
 * reviewed score / 100), {@code corpus} ({@value #CORPUS}) and {@code split} ({@value #SPLIT}), then columns to trace
 * each row back. The reader splits rows at line breaks and cells at tabs, and references at " || ", so those never
 * appear inside a cell: any run of breaks becomes one space, any run of pipes one pipe. For admins, who own the
 * scorer.
 */
@Path("/api/v1/scoring/reviews/graded-answers.tsv")
@RolesAllowed("admin")
public class GradedAnswersResource {
    public static final String MEDIA_TYPE = "text/tab-separated-values";
    static final String CORPUS = "mock-interview";
    static final String SPLIT = "reviewed";
    private static final String[] COLUMNS = {"question", "reference_answers", "student_answer", "grade", "corpus",
            "split", "question_id", "question_version", "answer_id", "machine_score", "scorer_version",
            "reviewed_score", "revision", "reviewed_at"};
    private static final Pattern BREAKS = Pattern.compile("[\\t\\n\\r\\u000B\\u000C\\u0085\\u2028\\u2029]+");
    private static final Pattern PIPES = Pattern.compile("\\|{2,}");

    private final Reviews reviews;

    GradedAnswersResource(Reviews reviews) {
        this.reviews = reviews;
    }

    // Rows are written as the database returns them, never gathered first.
    @GET
    @Produces(MEDIA_TYPE)
    public Response export() {
        StreamingOutput tsv = output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            writer.write(String.join("\t", COLUMNS) + "\n");
            try {
                reviews.eachGradedAnswer(answer -> line(writer, Stream.of(answer.prompt(),
                        PIPES.matcher(Objects.toString(answer.modelAnswer(), "")).replaceAll("|"), answer.text(),
                        BigDecimal.valueOf(answer.score(), 2), CORPUS, SPLIT, answer.questionId(),
                        answer.questionVersion(), answer.answerId(), answer.machineScore(), answer.scorerVersion(),
                        answer.score(), answer.revision(), answer.reviewedAt())));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        };
        return Response.ok(tsv, MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"graded-answers.tsv\"")
                .build();
    }

    /** The value as one cell: no tab or line break inside, blanks at its ends gone; null is empty. */
    static String cell(Object value) {
        return BREAKS.matcher(Objects.toString(value, "")).replaceAll(" ").strip();
    }

    // Rows come from inside the database's stream, which takes no IOException.
    private static void line(Writer writer, Stream<Object> cells) {
        try {
            writer.write(cells.map(GradedAnswersResource::cell).collect(Collectors.joining("\t")) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
