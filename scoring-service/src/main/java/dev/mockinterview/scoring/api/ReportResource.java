package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.domain.Reports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

/**
 * Session reports: one in full for the candidate whose session it is, the recruiter who owns its assessment and
 * admins; lists and CSV exports of completed ones for recruiters (their assessments' sessions) and admins (all).
 * See {@link ReportAccess}.
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"candidate", "recruiter", "admin"})
public class ReportResource {
    private final Reports reports;
    private final ReportAccess access;
    private final Validator validator;
    private final ReportsCsv csv;

    ReportResource(Reports reports, ReportAccess access, Validator validator, ReportsCsv csv) {
        this.reports = reports;
        this.access = access;
        this.validator = validator;
        this.csv = csv;
    }

    @GET
    @Path("/{sessionId}")
    public ReportView get(@PathParam("sessionId")
                          @Pattern(regexp = ReportQuery.UUID_PATTERN, message = "must be a UUID") String sessionId) {
        return access.read(UUID.fromString(sessionId), "api report")
                .map(report -> ReportView.of(report, access.showsFeedback(report), access.reviews(report)))
                // A report the caller may not read answers 404 like an unknown one, so its existence is not revealed.
                .orElseThrow(() -> new NotFoundException("No report for session " + sessionId));
    }

    /**
     * Completed reports that match every criterion given: one page of them as JSON, or every match as CSV when the
     * caller prefers {@code text/csv}, one row per session or with {@code detail=answers} one row per answer (its
     * newest score and the answer's text). Any other preference, {@code *}{@code /*} included, gets JSON.
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, ReportsCsv.MEDIA_TYPE})
    @RolesAllowed({"recruiter", "admin"})
    public Response list(@BeanParam ReportQuery query,
                         @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
                         @QueryParam("detail") @DefaultValue("sessions") @Pattern(regexp = "sessions|answers")
                         String detail,
                         @Context HttpHeaders headers) {
        query.validate(validator);
        if (!prefersCsv(headers)) {
            var found = reports.list(access.reader(), query.filter(), query.sort(), query.ascending(), page, size);
            return Response.ok(new ReportPage(found.items(), page, size, found.total()), MediaType.APPLICATION_JSON)
                    .build();
        }
        return csv.download(access.reader(), query, "answers".equals(detail));
    }

    // The acceptable types come most preferred first.
    private static boolean prefersCsv(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream()
                .filter(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        || type.isCompatible(MediaType.valueOf(ReportsCsv.MEDIA_TYPE)))
                .findFirst()
                .map(type -> !type.isCompatible(MediaType.APPLICATION_JSON_TYPE))
                .orElse(false);
    }
}
