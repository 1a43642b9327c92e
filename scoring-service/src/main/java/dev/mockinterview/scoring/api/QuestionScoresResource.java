package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.domain.QuestionScores;
import dev.mockinterview.scoring.domain.Reports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * How everyone scored on one question version, so that recruiters compare candidates on the same question: for a
 * recruiter, everyone in their own assessments; for an admin, everyone.
 */
@Path("/api/v1/questions/{questionId}/versions/{version}/scores")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"recruiter", "admin"})
public class QuestionScoresResource {
    private final Reports reports;
    private final ReportAccess access;

    QuestionScoresResource(Reports reports, ReportAccess access) {
        this.reports = reports;
        this.access = access;
    }

    @GET
    public QuestionScores scores(@PathParam("questionId") @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$")
                                 String questionId,
                                 @PathParam("version") @Min(1) @Max(1_000_000) int version) {
        return reports.scoresOf(access.reader(), questionId, version).orElseThrow(
                () -> new NotFoundException("No question " + questionId + " version " + version));
    }
}
