package dev.mockinterview.scoring.pages;

import dev.mockinterview.contracts.problem.ProblemMappers;
import dev.mockinterview.contracts.refusal.Invalid;
import dev.mockinterview.scoring.api.ReportAccess;
import dev.mockinterview.scoring.api.ReportQuery;
import dev.mockinterview.scoring.api.ReportsCsv;
import dev.mockinterview.scoring.domain.AnsweredQuestion;
import dev.mockinterview.scoring.domain.PublishedVersion;
import dev.mockinterview.scoring.domain.QuestionScores;
import dev.mockinterview.scoring.domain.QuestionVersions;
import dev.mockinterview.scoring.domain.Reader;
import dev.mockinterview.scoring.domain.Reports;
import dev.mockinterview.scoring.domain.ReviewFigures;
import dev.mockinterview.scoring.domain.Reviewing;
import dev.mockinterview.scoring.domain.SessionReport;
import dev.mockinterview.web.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The recruiters' pages: the reports table with its filters and CSV export, one report down to its evidence, how
 * everyone scored on a question version, and two to four candidates compared key point by key point. They read
 * through the same {@link Reports} and {@link ReportAccess} as {@code /api/v1/reports} and
 * {@code /api/v1/questions/.../scores}, with the same roles: a recruiter sees their own assessments' sessions, an
 * admin every session.
 */
@Path("/recruiter")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"recruiter", "admin"})
public class RecruiterPages {
    private final Reports reports;
    private final ReportAccess access;
    private final QuestionVersions questionVersions;
    private final Validator validator;
    private final ReportsCsv csv;
    private final Reviewing reviewing;
    private final Viewer viewer;

    RecruiterPages(Reports reports, ReportAccess access, QuestionVersions questionVersions, Validator validator,
                   ReportsCsv csv, Reviewing reviewing, Viewer viewer) {
        this.reports = reports;
        this.access = access;
        this.questionVersions = questionVersions;
        this.validator = validator;
        this.csv = csv;
        this.reviewing = reviewing;
        this.viewer = viewer;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(ReportsTable table);

        static native TemplateInstance report(ReportDetail report);

        static native TemplateInstance questionVersion(QuestionVersionScores scores);

        static native TemplateInstance compare(KeyPointComparison comparison, String message);
    }

    /** The scores of one question version, for its page. */
    public record QuestionVersionScores(String questionId, int version, String topic, String prompt, long count,
                                        String mean, List<QuestionScores.Percentile> percentiles,
                                        ScoreHistogram histogram, List<SessionRow> sessions, ReviewFigures reviews) {
    }

    /** One session's score on the question version and its percentile among the others. */
    public record SessionRow(String candidate, String reportHref, int score, String percentile) {
    }

    /** Bad filters show the form again with a message per field, with status 400 as the API gives. */
    @GET
    @Path("/reports")
    public Response reports(@BeanParam ReportsForm form) {
        Reader reader = access.reader();
        ReportsTable.Choices choices = new ReportsTable.Choices(reports.reportedRoles(reader), reports.topics(),
                reports.reportedAssessments(reader));
        Optional<ReportQuery> query = form.query(validator);
        if (query.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.reports(ReportsTable.invalid(form, choices))).build();
        }
        ReportQuery valid = query.get();
        var found = reports.list(reader, valid.filter(), valid.sort(), valid.ascending(), form.pageNumber() - 1,
                form.pageSize());
        return Response.ok(Templates.reports(ReportsTable.of(form, choices, found))).build();
    }

    /**
     * The reports of the page's filter as CSV, through the API's export: a link can not ask for {@code text/csv}.
     * {@code detail=answers} gives one row per answer.
     */
    @GET
    @Path("/reports.csv")
    @Produces({ReportsCsv.MEDIA_TYPE, MediaType.TEXT_PLAIN})
    public Response reportsCsv(@BeanParam ReportsForm form, @QueryParam("detail") String detail) {
        Optional<ReportQuery> query = form.query(validator);
        boolean perAnswer = "answers".equals(detail);
        if (query.isEmpty() || !(detail == null || perAnswer || "sessions".equals(detail))) {
            List<String> errors = new ArrayList<>(form.errors());
            if (query.isPresent()) {
                errors.add("Detail must be sessions or answers.");
            }
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN)
                    .entity(String.join("\n", errors)).build();
        }
        return csv.download(access.reader(), query.get(), perAnswer);
    }

    @GET
    @Path("/reports/{sessionId}")
    public TemplateInstance report(@PathParam("sessionId") String sessionId) {
        UUID id = sessionId(sessionId).orElseThrow(() -> notFound(sessionId));
        return reportPage(access.read(id, "report page").orElseThrow(() -> notFound(sessionId)), null, null);
    }

    /**
     * Reviews an answer's score from its form on the report page, then shows the report again (a redirect, so that a
     * reload posts nothing); a refused review shows the page with the form as typed and what is wrong, with the
     * status the API gives.
     */
    @POST
    @Path("/reports/{sessionId}/answers/{answerId}/reviews")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("sessionId") String sessionId, @PathParam("answerId") String answerId,
                           MultivaluedMap<String, String> fields) {
        UUID id = sessionId(sessionId).orElseThrow(() -> notFound(sessionId));
        SessionReport report = access.read(id, "review form").filter(access::reviews)
                .orElseThrow(() -> notFound(sessionId));
        SessionReport.ReportedAnswer answer = report.answers().stream()
                .filter(reported -> reported.answerId().toString().equals(answerId)).findFirst()
                .orElseThrow(() -> notFound(sessionId));
        ReviewForm form = ReviewForm.typed(id, answer, fields.getFirst(ReviewForm.SCORE),
                fields.getFirst(ReviewForm.REASON), fields.getOrDefault(ReviewForm.STATUS, List.of()));
        Integer score = wholeNumber(form.score());
        try {
            if (score == null) {
                throw new Invalid("score must be a whole number",
                        List.of(new Invalid.Field(ReviewForm.SCORE, "must be a whole number from 0 to 100")));
            }
            reviewing.review(id, answer.answerId(), viewer.getSubject(), viewer.isAdmin(), score, form.statuses(),
                    form.reason());
        } catch (Invalid refused) {
            return Response.status(ProblemMappers.problemOf(refused).status())
                    .entity(reportPage(report, answer.answerId(), form.withErrors(refused))).build();
        }
        return Response.seeOther(URI.create(ReportsTable.PATH + "/" + id + "#answer-" + answer.position())).build();
    }

    // The report with the review form of each answer, when the viewer may review it; failed is the form of the answer
    // whose review was refused.
    private TemplateInstance reportPage(SessionReport report, UUID failedAnswer, ReviewForm failed) {
        boolean reviewable = access.reviews(report);
        return Templates.report(ReportDetail.of(report, reports.answeredQuestions(report.sessionId()),
                answer -> !reviewable ? null : answer.answerId().equals(failedAnswer) ? failed
                        : ReviewForm.empty(report.sessionId(), answer)));
    }

    private static Integer wholeNumber(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @GET
    @Path("/questions/{questionId}/versions/{version}")
    public TemplateInstance questionVersion(@PathParam("questionId") String questionId,
                                            @PathParam("version") int version) {
        PublishedVersion question = questionVersions.published(questionId, version)
                .orElseThrow(() -> new NotFoundException("No question " + questionId + " version " + version));
        QuestionScores scores = reports.scoresOf(access.reader(), questionId, version).orElseThrow();
        List<SessionRow> sessions = scores.sessions().stream()
                .map(session -> new SessionRow(session.candidateId(), ReportsTable.PATH + "/" + session.sessionId(),
                        session.score(), PageFormats.score(session.percentile())))
                .toList();
        return Templates.questionVersion(new QuestionVersionScores(questionId, version,
                question.topic() == null ? "" : question.topic(), question.prompt(), scores.count(),
                PageFormats.score(scores.mean()), scores.percentiles(),
                ScoreHistogram.of(scores.sessions().stream().map(QuestionScores.SessionScore::score).toList(),
                        questionId + " version " + version),
                sessions, scores.reviews()));
    }

    /**
     * Two to four sessions' reports; any other count, or a session without a report the caller may read, is told in
     * words.
     */
    @GET
    @Path("/compare")
    public Response compare(@QueryParam("session") List<String> sessionIds) {
        List<String> chosen = sessionIds == null ? List.of() : sessionIds.stream().distinct().toList();
        if (chosen.size() < KeyPointComparison.MIN_REPORTS || chosen.size() > KeyPointComparison.MAX_REPORTS) {
            return refusal(Response.Status.BAD_REQUEST, "Choose two to four reports to compare; " + chosen.size()
                    + (chosen.size() == 1 ? " was" : " were") + " chosen.");
        }
        List<SessionReport> found = new ArrayList<>();
        Map<UUID, AnsweredQuestion> answered = new HashMap<>();
        for (String sessionId : chosen) {
            Optional<SessionReport> report = sessionId(sessionId).flatMap(id -> access.read(id, "compare page"));
            if (report.isEmpty()) {
                return refusal(Response.Status.NOT_FOUND, "There is no report of session " + sessionId + ".");
            }
            found.add(report.get());
            answered.putAll(reports.answeredQuestions(report.get().sessionId()));
        }
        return Response.ok(Templates.compare(KeyPointComparison.of(found, answered), null)).build();
    }

    private static Response refusal(Response.Status status, String message) {
        return Response.status(status).entity(Templates.compare(null, message)).build();
    }

    private static Optional<UUID> sessionId(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static NotFoundException notFound(String sessionId) {
        return new NotFoundException("No report for session " + sessionId);
    }
}
