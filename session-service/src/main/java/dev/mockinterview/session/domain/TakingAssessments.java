package dev.mockinterview.session.domain;

import dev.mockinterview.contracts.refusal.Conflict;
import dev.mockinterview.web.TimeFormats;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Candidates and their assessments: which they are invited to, and taking one, at most once, while it is open. An
 * assessment session asks the pinned questions in their pinned time limits; it does not count toward the practice
 * limits (sessions in progress, sessions a day), but its answers count toward the answers a minute.
 */
@ApplicationScoped
public class TakingAssessments {
    // interview_session's unique index on (assessment_id, candidate_id).
    private static final String ONE_SESSION_EACH = "one_session_per_assessment_and_candidate";
    private static final Logger LOG = Logger.getLogger(TakingAssessments.class);

    private final AssessmentRepository assessments;
    private final AssessmentOpening opening;
    private final Duration grace;
    private final MeterRegistry metrics;

    TakingAssessments(AssessmentRepository assessments, AssessmentOpening opening,
                      @ConfigProperty(name = "session.answer-grace") Duration grace, MeterRegistry metrics) {
        this.assessments = assessments;
        this.opening = opening;
        this.grace = grace;
        this.metrics = metrics;
    }

    /** The assessments the candidate is invited to and where they stand with each, latest opening first. */
    @Transactional
    public Listed<Invitation> invitationsOf(String candidateId, int page, int size) {
        return new Listed<>(assessments.invitationsOf(candidateId, page, size, SessionRepository.now()),
                assessments.countInvitationsOf(candidateId));
    }

    /**
     * Starts the candidate's session of the assessment. Not invited (or no such assessment): not found. Started
     * before, not open yet, or closed: a {@link Conflict} saying which. The deadline is the questions' limits plus
     * grace from the start, as in practice, even past the closing time: the closing time is the last moment to start.
     */
    public SessionSnapshot start(UUID assessmentId, String candidateId) {
        opening.openIfDue(assessmentId);
        return QuarkusTransaction.requiringNew().call(() -> startNow(assessmentId, candidateId));
    }

    private SessionSnapshot startNow(UUID assessmentId, String candidateId) {
        Assessment assessment = Assessment.findById(assessmentId);
        if (assessment == null || !assessments.lockInvitation(assessmentId, candidateId)) {
            throw AssessmentRepository.notFound(assessmentId);
        }
        UUID taken = assessments.sessionOf(assessmentId, candidateId);
        if (taken != null) {
            throw alreadyTaken(taken);
        }
        Instant now = SessionRepository.now();
        Assessments.requireNotClosed(assessment, now);
        if (!assessment.isOpened()) {
            throw new Conflict("assessment-not-open", "Assessment not open", now.isBefore(assessment.opensAt)
                    ? "The assessment opens at " + TimeFormats.utcDateTime(assessment.opensAt) + "."
                    : "The assessment could not open; its owner can see why. Try again later.");
        }
        InterviewSession session = InterviewSession.begin(candidateId, assessment.role, assessment.questions.stream()
                .map(question -> new InterviewSession.Planned(question.questionId, question.questionVersion,
                        question.prompt, question.timeLimitSeconds))
                .toList(), grace);
        session.kind = InterviewSession.Kind.ASSESSMENT;
        session.assessment = assessment;
        try {
            session.persistAndFlush();
        } catch (PersistenceException raced) {
            // A start of the same candidate on another request committed first.
            if (violates(raced, ONE_SESSION_EACH)) {
                throw alreadyTaken(null);
            }
            throw raced;
        }
        metrics.counter("sessions.started", "role", assessment.role).increment();
        LOG.infof("Session %s started for assessment %s with %d questions", session.id, assessment.id,
                session.questionCount);
        return SessionSnapshot.of(session);
    }

    private static Conflict alreadyTaken(UUID sessionId) {
        return new Conflict("assessment-taken", "Assessment taken", "You have started this assessment already"
                + (sessionId == null ? "" : " (session " + sessionId + ")") + "; it is taken once.");
    }

    private static boolean violates(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && constraint.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
