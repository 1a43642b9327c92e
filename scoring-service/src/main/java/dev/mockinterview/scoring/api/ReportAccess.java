package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.domain.Reader;
import dev.mockinterview.scoring.domain.Reports;
import dev.mockinterview.scoring.domain.SessionReport;
import dev.mockinterview.web.AdminReads;
import dev.mockinterview.web.Viewer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/**
 * What the caller may read of reports, the same for the API and the pages: a report by its candidate, the owner of
 * its assessment and admins (practice by its candidate and admins, each admin read of it on the audit trail); lists
 * and distributions as {@link Reader}; scores and feedback as {@link SessionReport#showsFeedbackTo}.
 */
@ApplicationScoped
public class ReportAccess {
    private final Reports reports;
    private final Viewer viewer;
    private final AdminReads adminReads;

    ReportAccess(Reports reports, Viewer viewer, AdminReads adminReads) {
        this.reports = reports;
        this.viewer = viewer;
        this.adminReads = adminReads;
    }

    /** The caller as a reader of lists and distributions. */
    public Reader reader() {
        return new Reader(viewer.getSubject(), viewer.isAdmin());
    }

    /**
     * The session's report if the caller may read it; empty when it is unknown or not theirs to read, which callers
     * answer alike so that its existence is not revealed.
     *
     * @param what the page or resource reading it, for the audit trail
     */
    public Optional<SessionReport> read(UUID sessionId, String what) {
        Optional<SessionReport> report = reports.find(sessionId)
                .filter(found -> found.isReadableBy(viewer.getSubject(), viewer.isAdmin()));
        report.filter(found -> found.isPractice() && !found.candidateId().equals(viewer.getSubject()))
                .ifPresent(practice -> adminReads.practiceRead(viewer.getSubject(), practice.candidateId(),
                        practice.sessionId(), what));
        return report;
    }

    /** Whether the caller may review its answers' scores, and so sees who reviewed them and why. */
    public boolean reviews(SessionReport report) {
        return report.isReviewableBy(viewer.getSubject(), viewer.isAdmin());
    }

    /** Whether the caller sees the report's scores and feedback (its candidate may not, in some assessments). */
    public boolean showsFeedback(SessionReport report) {
        return report.showsFeedbackTo(viewer.getSubject(), viewer.isAdmin());
    }
}
