package dev.mockinterview.session.domain;

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

    Interviews(SessionRepository sessions) {
        this.sessions = sessions;
    }

    /** The session if it exists and the caller may see it; a candidate sees only their own. */
    public SessionSnapshot find(UUID sessionId, Caller caller) {
        return SessionSnapshot.of(sessions.visible(sessionId, caller));
    }

    /** The candidate's own sessions, newest first. */
    public List<SessionSnapshot> sessionsOf(String candidateId, int page, int size) {
        return sessions.sessionsOf(candidateId, page, size).stream().map(SessionSnapshot::of).toList();
    }

    public long countSessionsOf(String candidateId) {
        return sessions.countSessionsOf(candidateId);
    }
}
