package dev.mockinterview.scoring.pages;

import dev.mockinterview.scoring.api.ReportAccess;
import dev.mockinterview.scoring.domain.Reports;
import dev.mockinterview.scoring.domain.SessionReport;
import dev.mockinterview.web.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Optional;
import java.util.UUID;

/**
 * A session's feedback: for the candidate whose session it is (without scores when its assessment does not show
 * them), the recruiter who owns its assessment and admins, as {@link ReportAccess} decides. While scoring is in
 * progress the page polls itself through htmx, which asks for the report fragment alone, until the report is complete.
 */
@Path("/feedback")
@RolesAllowed({"candidate", "recruiter", "admin"})
@Produces(MediaType.TEXT_HTML)
public class FeedbackPages {
    private static final String HTMX_REQUEST = "HX-Request";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feedback(Feedback feedback);

        static native TemplateInstance feedback$report(Feedback feedback);

        static native TemplateInstance notFound(UUID sessionId);
    }

    private final Reports reports;
    private final ReportAccess access;
    private final Viewer viewer;

    FeedbackPages(Reports reports, ReportAccess access, Viewer viewer) {
        this.reports = reports;
        this.access = access;
        this.viewer = viewer;
    }

    @GET
    @Path("/{sessionId}")
    public Response show(@PathParam("sessionId") UUID sessionId, @HeaderParam(HTMX_REQUEST) boolean htmx) {
        Optional<SessionReport> report = access.read(sessionId, "feedback page");
        if (report.isEmpty()) {
            // A session the viewer may not read looks exactly like one scoring has not heard of.
            return Response.status(Response.Status.NOT_FOUND).entity(Templates.notFound(sessionId)).build();
        }
        Feedback feedback = Feedback.of(report.get(), viewer.getSubject(),
                reports.answeredQuestions(report.get().sessionId()), access.showsFeedback(report.get()));
        return Response.ok(htmx ? Templates.feedback$report(feedback) : Templates.feedback(feedback))
                .header("Vary", HTMX_REQUEST)
                .build();
    }
}
