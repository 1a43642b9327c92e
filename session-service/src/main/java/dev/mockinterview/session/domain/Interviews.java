package dev.mockinterview.session.domain;

import dev.mockinterview.contracts.refusal.Conflict;
import dev.mockinterview.contracts.refusal.NotFound;
import dev.mockinterview.contracts.refusal.Unfulfillable;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The interview lifecycle. Every state change writes its event to the outbox in the same transaction, so an
 * accepted answer is never without its answer-submitted event, whether or not Kafka is up.
 */
@ApplicationScoped
@Transactional
public class Interviews {
    private static final Logger LOG = Logger.getLogger(Interviews.class);
    // The next open position when none is left: positions start at 1, so it matches no question.
    private static final int NONE = 0;

    private final EntityManager entityManager;
    private final InterviewPublisher publisher;
    private final Duration grace;
    private final int recentSessions;
    private final MeterRegistry metrics;

    Interviews(EntityManager entityManager, InterviewPublisher publisher,
               @ConfigProperty(name = "session.answer-grace") Duration grace,
               @ConfigProperty(name = "session.recent-sessions") int recentSessions, MeterRegistry metrics) {
        this.entityManager = entityManager;
        this.publisher = publisher;
        this.grace = grace;
        this.recentSessions = recentSessions;
        this.metrics = metrics;
    }

    /**
     * Starts a session of distinct current questions of the role (of the topics and difficulty, when given), spread
     * across topics and avoiding what the candidate was asked in their recent sessions where the bank allows.
     */
    public SessionSnapshot start(String candidateId, String role, int questionCount, List<String> topics,
                                  String difficulty) {
        StringBuilder where = new StringBuilder("role = :role and current = true");
        Parameters parameters = Parameters.with("role", role);
        if (!topics.isEmpty()) {
            where.append(" and topic in :topics");
            parameters.and("topics", topics);
        }
        if (difficulty != null) {
            where.append(" and difficulty = :difficulty");
            parameters.and("difficulty", difficulty);
        }
        List<CatalogueQuestion> available = CatalogueQuestion.list(where.toString(), parameters);
        if (available.size() < questionCount) {
            throw new Unfulfillable("not-enough-questions", "Not enough questions",
                    "The catalogue holds " + available.size() + " published questions for the role " + role
                            + (topics.isEmpty() ? "" : " in the topics " + topics)
                            + (difficulty == null ? "" : " at difficulty " + difficulty)
                            + ", fewer than the " + questionCount + " requested.");
        }
        @SuppressWarnings("unchecked")
        List<String> recent = entityManager.createNativeQuery("""
                        SELECT DISTINCT q.question_id FROM session_question q
                        WHERE q.session_id IN (SELECT s.id FROM interview_session s WHERE s.candidate_id = ?1
                                               ORDER BY s.started_at DESC LIMIT ?2)""")
                .setParameter(1, candidateId)
                .setParameter(2, recentSessions)
                .getResultList();
        List<CatalogueQuestion> drawn = QuestionDraw.draw(available, Set.copyOf(recent), questionCount,
                ThreadLocalRandom.current());
        InterviewSession session = new InterviewSession();
        session.id = UUID.randomUUID();
        session.candidateId = candidateId;
        session.role = role;
        session.status = InterviewSession.Status.IN_PROGRESS;
        session.questionCount = questionCount;
        session.startedAt = now();
        for (CatalogueQuestion question : drawn) {
            SessionQuestion slot = new SessionQuestion();
            slot.session = session;
            slot.position = session.questions.size() + 1;
            slot.questionId = question.questionId;
            slot.questionVersion = question.version;
            slot.prompt = question.prompt;
            slot.timeLimitSeconds = question.timeLimitSeconds;
            session.questions.add(slot);
        }
        session.questions.get(0).presentedAt = session.startedAt;
        int totalSeconds = drawn.stream().mapToInt(question -> question.timeLimitSeconds).sum();
        session.deadline = session.startedAt.plusSeconds(totalSeconds).plus(grace.multipliedBy(questionCount));
        session.persist();
        metrics.counter("sessions.started", "role", role).increment();
        LOG.infof("Session %s started for role %s with %d questions", session.id, role, questionCount);
        return SessionSnapshot.of(session);
    }

    /** The session if it exists and the caller may see it; a candidate sees only their own. */
    public SessionSnapshot find(UUID sessionId, Caller caller) {
        return SessionSnapshot.of(visible(InterviewSession.findById(sessionId), sessionId, caller));
    }

    /** The candidate's own sessions, newest first. */
    public List<SessionSnapshot> sessionsOf(String candidateId, int page, int size) {
        return InterviewSession.<InterviewSession>find("candidateId", Sort.descending("startedAt").and("id"),
                candidateId).page(Page.of(page, size)).stream().map(SessionSnapshot::of).toList();
    }

    public long countSessionsOf(String candidateId) {
        return InterviewSession.count("candidateId", candidateId);
    }

    /**
     * Stores the answer at a position. The same text again returns the stored answer; other text for an answered
     * position, or a position ahead of the current question, is a conflict.
     *
     * <p>The hot path of the service (ARCHITECTURE.md, "Performance targets"), so it reads and writes rows, not the
     * session's entity graph: four statements (lock the session, read the position's slot, store the answer with
     * the next question's clock, append the event) instead of loading and dirty-checking every question and answer.
     */
    public Submission submitAnswer(UUID sessionId, int position, String text, Caller caller) {
        // The row lock serialises racing submissions for one session; the unique constraint backs it up. The slot is
        // read by a statement of its own, after the lock: it sees what the previous holder of the lock committed.
        InterviewSession session = ownSession(sessionId, caller);
        Slot slot = slotAt(session, position);
        if (slot.answerId() != null) {
            if (slot.answerText().equals(text)) {
                return new Submission.Stored(slot.answerId(), session.id, position, slot.questionId(),
                        slot.questionVersion(), slot.answerText(), slot.submittedAt());
            }
            throw new Conflict("answer-conflict", "Position " + position + " already has a different answer.");
        }
        requireInProgress(session);
        if (slot.skippedAt() != null) {
            throw new Conflict("question-skipped", "Position " + position + " was skipped and takes no answer.");
        }
        if (slot.timedOutAt() != null) {
            return new Submission.TooLate(slot.limitEndsAt());
        }
        if (position != slot.current()) {
            throw new Conflict("position-not-current", "Position " + position + " is not the current question; "
                    + "answer position " + slot.current() + " first.");
        }
        Instant now = now();
        Instant limitEndsAt = slot.limitEndsAt();
        if (limitEndsAt != null && now.isAfter(limitEndsAt.plus(grace))) {
            // Too late: the question counts as unanswered and the next one starts now. This is a refusal the
            // caller learns of, not a failure, so the transaction keeps the change.
            entityManager.createNativeQuery("""
                            WITH timed_out AS (UPDATE session_question SET timed_out_at = ?1
                                               WHERE session_id = ?2 AND position = ?3)
                            UPDATE session_question SET presented_at = ?1
                            WHERE session_id = ?2 AND position = ?4 AND presented_at IS NULL""")
                    .unwrap(NativeQuery.class)
                    .addSynchronizedEntityClass(SessionQuestion.class)
                    .setParameter(1, now)
                    .setParameter(2, session.id)
                    .setParameter(3, position)
                    .setParameter(4, slot.nextOpen())
                    .executeUpdate();
            LOG.infof("Session %s position %d timed out (question %s v%d)", session.id, position,
                    slot.questionId(), slot.questionVersion());
            return new Submission.TooLate(limitEndsAt);
        }
        UUID answerId = UUID.randomUUID();
        // One round trip stores the answer and starts the clock of the next open question.
        entityManager.createNativeQuery("""
                        WITH stored AS (INSERT INTO answer (id, session_id, position, text, submitted_at)
                                        VALUES (?1, ?2, ?3, ?4, ?5))
                        UPDATE session_question SET presented_at = ?5
                        WHERE session_id = ?2 AND position = ?6 AND presented_at IS NULL""")
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(Answer.class)
                .addSynchronizedEntityClass(SessionQuestion.class)
                .setParameter(1, answerId)
                .setParameter(2, session.id)
                .setParameter(3, position)
                .setParameter(4, text)
                .setParameter(5, now)
                .setParameter(6, slot.nextOpen())
                .executeUpdate();
        metrics.counter("answers.submitted").increment();
        // Sessions started before time limits existed have no presentation time past their first question.
        Duration timeTaken = Duration.between(slot.presentedAt() != null ? slot.presentedAt() : session.startedAt,
                now);
        Submission.Stored stored = new Submission.Stored(answerId, session.id, position, slot.questionId(),
                slot.questionVersion(), text, now);
        publisher.answerSubmitted(stored, session.candidateId, timeTaken);
        LOG.infof("Answer %s stored for session %s position %d (question %s v%d)", answerId, session.id, position,
                slot.questionId(), slot.questionVersion());
        return stored;
    }

    // The question at the position, its answer if any, the current position and the first open one after the
    // position, in one statement. Positions past the last question have no slot.
    private Slot slotAt(InterviewSession session, int position) {
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
    private record Slot(String questionId, int questionVersion, int timeLimitSeconds, Instant skippedAt,
                        Instant presentedAt, Instant timedOutAt, UUID answerId, String answerText,
                        Instant submittedAt, int current, int nextOpen) {
        // As SessionQuestion.limitEndsAt.
        Instant limitEndsAt() {
            return presentedAt == null ? null : presentedAt.plusSeconds(timeLimitSeconds);
        }
    }

    /**
     * Skips the current question: it counts as missed and the next one becomes current. Skipping it again changes
     * nothing; an answered question, or one ahead of the current, cannot be skipped.
     */
    public SessionSnapshot skip(UUID sessionId, int position, Caller caller) {
        InterviewSession session = ownSession(sessionId, caller);
        SessionQuestion question = questionAt(session, position);
        if (question.skippedAt != null) {
            return SessionSnapshot.of(session);
        }
        if (session.isAnswered(position)) {
            throw new Conflict("answer-conflict", "Position " + position + " is answered and cannot be skipped.");
        }
        requireInProgress(session);
        int current = session.currentPosition();
        if (position != current) {
            throw new Conflict("position-not-current", "Position " + position + " is not the current question; "
                    + "the current one is position " + current + ".");
        }
        question.skippedAt = now();
        presentCurrent(session, question.skippedAt);
        LOG.infof("Session %s position %d skipped (question %s v%d)", session.id, position, question.questionId,
                question.questionVersion);
        return SessionSnapshot.of(session);
    }

    /** Completes the session; unanswered questions count as missed. Completing it again changes nothing. */
    public SessionSnapshot complete(UUID sessionId, Caller caller) {
        return SessionSnapshot.of(end(ownSession(sessionId, caller), InterviewSession.Ending.FINISHED));
    }

    /** Ends the session early at the candidate's wish; what was answered is still scored. */
    public SessionSnapshot abandon(UUID sessionId, Caller caller) {
        return SessionSnapshot.of(end(ownSession(sessionId, caller), InterviewSession.Ending.ABANDONED));
    }

    /**
     * Ends the sessions past their deadline as EXPIRED. Row locks with SKIP LOCKED let several instances share the
     * work: each session is ended, and its event written, exactly once.
     *
     * @return how many sessions were ended
     */
    public int expireDue(int limit) {
        @SuppressWarnings("unchecked")
        List<InterviewSession> due = entityManager.createNativeQuery("""
                        SELECT * FROM interview_session WHERE status = 'IN_PROGRESS' AND deadline < ?1
                        ORDER BY deadline LIMIT ?2 FOR UPDATE SKIP LOCKED""", InterviewSession.class)
                .setParameter(1, now())
                .setParameter(2, limit)
                .getResultList();
        due.forEach(session -> end(session, InterviewSession.Ending.EXPIRED));
        return due.size();
    }

    private InterviewSession end(InterviewSession session, InterviewSession.Ending ending) {
        if (session.status == InterviewSession.Status.COMPLETED) {
            return session;
        }
        session.status = InterviewSession.Status.COMPLETED;
        session.endedAs = ending;
        session.completedAt = now();
        publisher.sessionEnded(session);
        metrics.counter("sessions.ended", "ended_as", ending.name()).increment();
        LOG.infof("Session %s ended (%s) with %d of %d questions answered", session.id, ending,
                session.answers.size(), session.questionCount);
        return session;
    }

    // The next open question's clock starts when the previous one closes.
    private static void presentCurrent(InterviewSession session, Instant now) {
        int current = session.currentPosition();
        if (current <= session.questions.size()) {
            SessionQuestion next = session.questions.get(current - 1);
            if (next.presentedAt == null) {
                next.presentedAt = now;
            }
        }
    }

    // PostgreSQL keeps microseconds: a time answered now must equal the same time read back later.
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private InterviewSession ownSession(UUID sessionId, Caller caller) {
        InterviewSession session = InterviewSession.findById(sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null || !session.candidateId.equals(caller.subject())) {
            throw notFound(sessionId);
        }
        return session;
    }

    private static InterviewSession visible(InterviewSession session, UUID sessionId, Caller caller) {
        if (session == null || (!caller.staff() && !Objects.equals(session.candidateId, caller.subject()))) {
            throw notFound(sessionId);
        }
        return session;
    }

    private static SessionQuestion questionAt(InterviewSession session, int position) {
        if (position < 1 || position > session.questions.size()) {
            throw noSuchPosition(session.questions.size());
        }
        return session.questions.get(position - 1);
    }

    private static NotFound noSuchPosition(int questionCount) {
        return new NotFound("no-such-position", "No such question",
                "The session has questions at positions 1 to " + questionCount + ".");
    }

    private static void requireInProgress(InterviewSession session) {
        if (session.status != InterviewSession.Status.IN_PROGRESS) {
            throw new Conflict("session-not-in-progress",
                    "The session is " + session.status + " and takes no answers.");
        }
    }

    private static NotFound notFound(UUID sessionId) {
        return new NotFound("No session " + sessionId);
    }
}
