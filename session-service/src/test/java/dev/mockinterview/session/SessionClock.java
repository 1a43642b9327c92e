package dev.mockinterview.session;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.util.UUID;

/** Moves a session's clocks back in the database, as if time had passed, for tests of time limits. */
public final class SessionClock {
    private SessionClock() {
    }

    /** As if the question at the position had been presented that much earlier than it was. */
    public static void shiftClockOfQuestion(EntityManager entityManager, String sessionId, int position,
                                            Duration ago) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        UPDATE session_question SET presented_at = presented_at - make_interval(secs => ?1)
                        WHERE session_id = ?2 AND position = ?3""")
                .setParameter(1, (double) ago.toSeconds())
                .setParameter(2, UUID.fromString(sessionId))
                .setParameter(3, position)
                .executeUpdate());
    }
}
