package dev.mockinterview.session.domain;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Ends sessions: finished or abandoned by the candidate, or expired past their deadline. Each session ends once,
 * with one session-completed event written in the same transaction.
 */
@ApplicationScoped
@Transactional
public class Closing {
    private static final Logger LOG = Logger.getLogger(Closing.class);

    private final SessionRepository sessions;
    private final InterviewPublisher publisher;
    private final MeterRegistry metrics;

    Closing(SessionRepository sessions, InterviewPublisher publisher, MeterRegistry metrics) {
        this.sessions = sessions;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /** Completes the session; unanswered questions count as missed. Completing it again changes nothing. */
    public SessionSnapshot complete(UUID sessionId, Caller caller) {
        return SessionSnapshot.of(end(sessions.lockOwn(sessionId, caller), InterviewSession.Ending.FINISHED));
    }

    /** Ends the session early at the candidate's wish; what was answered is still scored. */
    public SessionSnapshot abandon(UUID sessionId, Caller caller) {
        return SessionSnapshot.of(end(sessions.lockOwn(sessionId, caller), InterviewSession.Ending.ABANDONED));
    }

    /**
     * Ends the sessions past their deadline as EXPIRED. Row locks with SKIP LOCKED let several instances share the
     * work: each session is ended, and its event written, exactly once.
     *
     * @return how many sessions were ended
     */
    public int expireDue(int limit) {
        List<InterviewSession> due = sessions.lockDue(limit);
        due.forEach(session -> end(session, InterviewSession.Ending.EXPIRED));
        return due.size();
    }

    private InterviewSession end(InterviewSession session, InterviewSession.Ending ending) {
        if (session.status == InterviewSession.Status.COMPLETED) {
            return session;
        }
        session.status = InterviewSession.Status.COMPLETED;
        session.endedAs = ending;
        session.completedAt = SessionRepository.now();
        publisher.sessionEnded(session);
        metrics.counter("sessions.ended", "ended_as", ending.name()).increment();
        LOG.infof("Session %s ended (%s) with %d of %d questions answered", session.id, ending,
                session.answers.size(), session.questionCount);
        return session;
    }
}
