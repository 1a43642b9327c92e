package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.domain.Reports;
import dev.mockinterview.scoring.domain.SessionReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.UUID;

/** Session reports for recruiters and admins, and for the candidate whose session it is. */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"candidate", "recruiter", "admin"})
public class ReportResource {
    private static final String UUID_PATTERN =
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private final Reports reports;
    private final JsonWebToken token;

    ReportResource(Reports reports, JsonWebToken token) {
        this.reports = reports;
        this.token = token;
    }

    @GET
    @Path("/{sessionId}")
    public ReportView get(@PathParam("sessionId") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
                          String sessionId,
                          @Context SecurityContext caller) {
        return reports.find(UUID.fromString(sessionId))
                .filter(report -> mayRead(report, caller))
                .map(ReportView::of)
                .orElseThrow(() -> new NotFoundException("No report for session " + sessionId));
    }

    // Another candidate's session answers 404 like an unknown one, so its existence is not revealed.
    private boolean mayRead(SessionReport report, SecurityContext caller) {
        return caller.isUserInRole("recruiter") || caller.isUserInRole("admin")
                || report.candidateId().equals(token.getSubject());
    }
}
