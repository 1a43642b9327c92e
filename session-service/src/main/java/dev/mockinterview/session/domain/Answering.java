package dev.mockinterview.session.domain;

import dev.mockinterview.contracts.refusal.Conflict;
import dev.mockinterview.limits.Rate;
import dev.mockinterview.limits.RateLimits;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Answers and skips, one position at a time in order, within each question's time limit. An accepted answer is
 * stored with its answer-submitted event in one transaction, whether or not Kafka is up.
 */
@ApplicationScoped
@Transactional
public class Answering {
    private static final Logger LOG = Logger.getLogger(Answering.class);

    private final SessionRepository sessions;
    private final InterviewPublisher publisher;
    private final RateLimits rateLimits;
    private final Duration grace;
    private final MeterRegistry metrics;

    Answering(SessionRepository sessions, InterviewPublisher publisher, RateLimits rateLimits,
              @ConfigProperty(name = "session.answer-grace") Duration grace, MeterRegistry metrics) {
        this.sessions = sessions;
        this.publisher = publisher;
        this.rateLimits = rateLimits;
        this.grace = grace;
        this.metrics = metrics;
    }

    /**
     * Stores the answer at a position. The same text again returns the stored answer; other text for an answered
     * position, or a position ahead of the current question, is a conflict. Every submission counts against the
     * candidate's answers a minute, and one over it is refused with
     * {@link dev.mockinterview.contracts.refusal.TooMany}.
     *
     * <p>The hot path of the service, so it reads and writes rows, not the session's entity graph: four statements
     * (lock the session, read the position's slot, store the answer with the next question's clock, append the
     * event) instead of loading and dirty-checking every question and answer.
     */
    public Submission submitAnswer(UUID sessionId, int position, String text, Caller caller) {
        // First, while this transaction holds no connection yet: the limiter runs on one of its own.
        rateLimits.take(Rate.ANSWERS_PER_MINUTE, caller.subject(), 1);
        // The row lock serialises racing submissions for one session; the unique constraint backs it up. The slot is
        // read by a statement of its own, after the lock: it sees what the previous holder of the lock committed.
        InterviewSession session = sessions.lockOwn(sessionId, caller);
        SessionRepository.Slot slot = sessions.slotAt(session, position);
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
        Instant now = SessionRepository.now();
        Instant limitEndsAt = slot.limitEndsAt();
        if (limitEndsAt != null && now.isAfter(limitEndsAt.plus(grace))) {
            // Too late: the question counts as unanswered and the next one starts now. This is a refusal the
            // caller learns of, not a failure, so the transaction keeps the change.
            sessions.timeOut(session.id, position, slot.nextOpen(), now);
            LOG.infof("Session %s position %d timed out (question %s v%d)", session.id, position,
                    slot.questionId(), slot.questionVersion());
            return new Submission.TooLate(limitEndsAt);
        }
        UUID answerId = UUID.randomUUID();
        sessions.storeAnswer(answerId, session.id, position, text, slot.nextOpen(), now);
        metrics.counter("answers.submitted").increment();
        // Sessions started before time limits existed have no presentation time past their first question.
        Duration timeTaken = Duration.between(slot.presentedAt() != null ? slot.presentedAt() : session.startedAt,
                now);
        Submission.Stored stored = new Submission.Stored(answerId, session.id, position, slot.questionId(),
                slot.questionVersion(), text, now);
        publisher.answerSubmitted(stored, session, timeTaken);
        LOG.infof("Answer %s stored for session %s position %d (question %s v%d)", answerId, session.id, position,
                slot.questionId(), slot.questionVersion());
        return stored;
    }

    /**
     * Skips the current question: it counts as missed and the next one becomes current. Skipping it again changes
     * nothing; an answered question, or one ahead of the current, cannot be skipped.
     */
    public SessionSnapshot skip(UUID sessionId, int position, Caller caller) {
        InterviewSession session = sessions.lockOwn(sessionId, caller);
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
        question.skippedAt = SessionRepository.now();
        presentCurrent(session, question.skippedAt);
        LOG.infof("Session %s position %d skipped (question %s v%d)", session.id, position, question.questionId,
                question.questionVersion);
        return SessionSnapshot.of(session);
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

    private static SessionQuestion questionAt(InterviewSession session, int position) {
        if (position < 1 || position > session.questions.size()) {
            throw SessionRepository.noSuchPosition(session.questions.size());
        }
        return session.questions.get(position - 1);
    }

    private static void requireInProgress(InterviewSession session) {
        if (session.status != InterviewSession.Status.IN_PROGRESS) {
            throw new Conflict("session-not-in-progress",
                    "The session is " + session.status + " and takes no answers.");
        }
    }
}
