package dev.mockinterview.session.domain;

import dev.mockinterview.web.AdminReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Reads interviews as the API and the pages show them. The changes are {@link Starting}, {@link Answering} and
 * {@link Closing}.
 */
@ApplicationScoped
@Transactional
public class Interviews {
    private final SessionRepository sessions;
    private final AdminReads adminReads;

    Interviews(SessionRepository sessions, AdminReads adminReads) {
        this.sessions = sessions;
        this.adminReads = adminReads;
    }

    /**
     * The session if it exists and the caller may see it: a candidate their own, a recruiter those of their
     * assessments, an admin any (a read of someone's practice goes on record).
     */
    public SessionSnapshot find(UUID sessionId, Caller caller) {
        InterviewSession session = sessions.visible(sessionId, caller);
        if (session.kind == InterviewSession.Kind.PRACTICE && !session.candidateId.equals(caller.subject())) {
            adminReads.practiceRead(caller.subject(), session.candidateId, session.id, "session");
        }
        return SessionSnapshot.of(session);
    }

    /** The candidate's own sessions, newest first. */
    public List<SessionSnapshot> sessionsOf(String candidateId, int page, int size) {
        return sessions.sessionsOf(candidateId, page, size).stream().map(SessionSnapshot::of).toList();
    }

    public long countSessionsOf(String candidateId) {
        return sessions.countSessionsOf(candidateId);
    }
}
