package dev.mockinterview.session.domain;

import dev.mockinterview.contracts.refusal.NotFound;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The session tables' queries that the entities do not express: locks, the answer's hot path in a few statements,
 * and the expiry job's share of due sessions. Callers bring the transaction.
 */
@ApplicationScoped
public class SessionRepository {
    // The next open position when none is left: positions start at 1, so it matches no question.
    private static final int NONE = 0;
    // The first half of the advisory lock that lets one start at a time count a candidate's open sessions.
    private static final int START_LOCK = 7041;

    private final EntityManager entityManager;

    SessionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    // PostgreSQL keeps microseconds: a time answered now must equal the same time read back later.
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** The candidate's own session, locked for writing; anyone else's, or none, is not found. */
    InterviewSession lockOwn(UUID sessionId, Caller caller) {
        InterviewSession session = InterviewSession.findById(sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null || !session.candidateId.equals(caller.subject())) {
            throw notFound(sessionId);
        }
        return session;
    }

    /**
     * The session if the caller may see it: its candidate; for an assessment session also the assessment's owner;
     * admins every session. To anyone else it does not exist.
     */
    InterviewSession visible(UUID sessionId, Caller caller) {
        InterviewSession session = InterviewSession.findById(sessionId);
        if (session == null || !mayRead(session, caller)) {
            throw notFound(sessionId);
        }
        return session;
    }

    private static boolean mayRead(InterviewSession session, Caller caller) {
        if (caller.isAdmin() || Objects.equals(session.candidateId, caller.subject())) {
            return true;
        }
        return caller.role() == Caller.Role.RECRUITER && session.assessment != null
                && session.assessment.ownerId.equals(caller.subject());
    }

    /** The candidate's sessions, newest first. */
    List<InterviewSession> sessionsOf(String candidateId, int page, int size) {
        return InterviewSession.<InterviewSession>find("candidateId", Sort.descending("startedAt").and("id"),
                candidateId).page(Page.of(page, size)).list();
    }

    long countSessionsOf(String candidateId) {
        return InterviewSession.count("candidateId", candidateId);
    }

    /**
     * The candidate's practice sessions in progress: how many, and the earliest deadline among them (null when none);
     * assessment sessions do not count. It
     * first takes the candidate's lock, held until the transaction ends, so that starts of one candidate, on any
     * instance, count one after the other and each sees the sessions the one before it started.
     */
    OpenSessions lockOpenSessionsOf(String candidateId) {
        entityManager.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, START_LOCK)
                .setParameter(2, candidateId)
                .getSingleResult();
        Tuple open = (Tuple) entityManager.createNativeQuery("""
                        SELECT count(*) AS open, min(deadline) AS earliest_deadline FROM interview_session
                        WHERE candidate_id = ?1 AND status = 'IN_PROGRESS' AND kind = 'PRACTICE'""", Tuple.class)
                .setParameter(1, candidateId)
                .unwrap(NativeQuery.class)
                .addScalar("open", StandardBasicTypes.LONG)
                .addScalar("earliest_deadline", StandardBasicTypes.INSTANT)
                .getSingleResult();
        return new OpenSessions(open.get("open", Long.class), open.get("earliest_deadline", Instant.class));
    }

    /** A candidate's sessions in progress: how many, and the earliest deadline among them. */
    record OpenSessions(long count, Instant earliestDeadline) {
    }

    /** The questions the candidate was asked in their most recent sessions. */
    @SuppressWarnings("unchecked")
    List<String> recentQuestionIds(String candidateId, int sessions) {
        return entityManager.createNativeQuery("""
                        SELECT DISTINCT q.question_id FROM session_question q
                        WHERE q.session_id IN (SELECT s.id FROM interview_session s WHERE s.candidate_id = ?1
                                               ORDER BY s.started_at DESC LIMIT ?2)""")
                .setParameter(1, candidateId)
                .setParameter(2, sessions)
                .getResultList();
    }

    /**
     * The sessions in progress past their deadline, up to limit, locked; those another transaction holds are
     * skipped, so that several instances share the work.
     */
    @SuppressWarnings("unchecked")
    List<InterviewSession> lockDue(int limit) {
        return entityManager.createNativeQuery("""
                        SELECT * FROM interview_session WHERE status = 'IN_PROGRESS' AND deadline < ?1
                        ORDER BY deadline LIMIT ?2 FOR UPDATE SKIP LOCKED""", InterviewSession.class)
                .setParameter(1, now())
                .setParameter(2, limit)
                .getResultList();
    }

    // The question at the position, its answer if any, the current position and the first open one after the
    // position, in one statement. Positions past the last question have no slot.
    Slot slotAt(InterviewSession session, int position) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("""
                        WITH open AS (
                            SELECT o.position FROM session_question o
                            WHERE o.session_id = ?1 AND o.skipped_at IS NULL AND o.timed_out_at IS NULL
                              AND NOT EXISTS (SELECT 1 FROM answer x
                                              WHERE x.session_id = o.session_id AND x.position = o.position))
                        SELECT q.question_id, q.question_version, q.time_limit_seconds, q.skipped_at,
                               q.presented_at, q.timed_out_at, a.id AS answer_id, a.text AS answer_text,
                               a.submitted_at,
                               (SELECT min(position) FROM open) AS current_position,
                               (SELECT min(position) FROM open WHERE position > ?2) AS next_open
                        FROM session_question q
                        LEFT JOIN answer a ON a.session_id = q.session_id AND a.position = q.position
                        WHERE q.session_id = ?1 AND q.position = ?2""", Tuple.class)
                .setParameter(1, session.id)
                .setParameter(2, position)
                .unwrap(NativeQuery.class)
                .addScalar("question_id", StandardBasicTypes.STRING)
                .addScalar("question_version", StandardBasicTypes.INTEGER)
                .addScalar("time_limit_seconds", StandardBasicTypes.INTEGER)
                .addScalar("skipped_at", StandardBasicTypes.INSTANT)
                .addScalar("presented_at", StandardBasicTypes.INSTANT)
                .addScalar("timed_out_at", StandardBasicTypes.INSTANT)
                .addScalar("answer_id", StandardBasicTypes.UUID)
                .addScalar("answer_text", StandardBasicTypes.STRING)
                .addScalar("submitted_at", StandardBasicTypes.INSTANT)
                .addScalar("current_position", StandardBasicTypes.INTEGER)
                .addScalar("next_open", StandardBasicTypes.INTEGER)
                .getResultList();
        if (rows.isEmpty()) {
            throw noSuchPosition(session.questionCount);
        }
        Tuple row = rows.get(0);
        Integer current = row.get("current_position", Integer.class);
        return new Slot(row.get("question_id", String.class), row.get("question_version", Integer.class),
                row.get("time_limit_seconds", Integer.class), row.get("skipped_at", Instant.class),
                row.get("presented_at", Instant.class), row.get("timed_out_at", Instant.class),
                row.get("answer_id", UUID.class), row.get("answer_text", String.class),
                row.get("submitted_at", Instant.class), current == null ? session.questionCount + 1 : current,
                Objects.requireNonNullElse(row.get("next_open", Integer.class), NONE));
    }

    /** A position of a session as an answer needs it: its question, its answer if any, and where the session is. */
    record Slot(String questionId, int questionVersion, int timeLimitSeconds, Instant skippedAt,
                Instant presentedAt, Instant timedOutAt, UUID answerId, String answerText,
                Instant submittedAt, int current, int nextOpen) {
        // As SessionQuestion.limitEndsAt.
        Instant limitEndsAt() {
            return presentedAt == null ? null : presentedAt.plusSeconds(timeLimitSeconds);
        }
    }

    /** Marks the position timed out and starts the clock of the next open question, in one statement. */
    void timeOut(UUID sessionId, int position, int nextOpen, Instant now) {
        entityManager.createNativeQuery("""
                        WITH timed_out AS (UPDATE session_question SET timed_out_at = ?1
                                           WHERE session_id = ?2 AND position = ?3)
                        UPDATE session_question SET presented_at = ?1
                        WHERE session_id = ?2 AND position = ?4 AND presented_at IS NULL""")
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(SessionQuestion.class)
                .setParameter(1, now)
                .setParameter(2, sessionId)
                .setParameter(3, position)
                .setParameter(4, nextOpen)
                .executeUpdate();
    }

    /** Stores the answer and starts the clock of the next open question, in one round trip. */
    void storeAnswer(UUID answerId, UUID sessionId, int position, String text, int nextOpen, Instant now) {
        entityManager.createNativeQuery("""
                        WITH stored AS (INSERT INTO answer (id, session_id, position, text, submitted_at)
                                        VALUES (?1, ?2, ?3, ?4, ?5))
                        UPDATE session_question SET presented_at = ?5
                        WHERE session_id = ?2 AND position = ?6 AND presented_at IS NULL""")
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(Answer.class)
                .addSynchronizedEntityClass(SessionQuestion.class)
                .setParameter(1, answerId)
                .setParameter(2, sessionId)
                .setParameter(3, position)
                .setParameter(4, text)
                .setParameter(5, now)
                .setParameter(6, nextOpen)
                .executeUpdate();
    }

    static NotFound noSuchPosition(int questionCount) {
        return new NotFound("no-such-position", "No such question",
                "The session has questions at positions 1 to " + questionCount + ".");
    }

    private static NotFound notFound(UUID sessionId) {
        return new NotFound("No session " + sessionId);
    }
}
