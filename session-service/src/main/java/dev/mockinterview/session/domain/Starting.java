package dev.mockinterview.session.domain;

import dev.mockinterview.contracts.refusal.Refusal;
import dev.mockinterview.contracts.refusal.TooMany;
import dev.mockinterview.contracts.refusal.Unfulfillable;
import dev.mockinterview.limits.LimitsConfig;
import dev.mockinterview.limits.Rate;
import dev.mockinterview.limits.RateLimits;
import dev.mockinterview.web.TimeFormats;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Starts interviews: draws the questions from the catalogue replica and sets the session's deadline, within the
 * candidate's limits (sessions in progress at once, sessions started a day).
 */
@ApplicationScoped
public class Starting {
    private static final String OPEN_SESSIONS_LIMIT = "open-sessions-per-candidate";
    private static final Logger LOG = Logger.getLogger(Starting.class);

    private final SessionRepository sessions;
    private final RateLimits rateLimits;
    private final Duration grace;
    private final int recentSessions;
    private final int openSessions;
    private final MeterRegistry metrics;

    Starting(SessionRepository sessions, RateLimits rateLimits, LimitsConfig limits,
             @ConfigProperty(name = "session.answer-grace") Duration grace,
             @ConfigProperty(name = "session.recent-sessions") int recentSessions, MeterRegistry metrics) {
        this.sessions = sessions;
        this.rateLimits = rateLimits;
        this.grace = grace;
        this.recentSessions = recentSessions;
        this.openSessions = limits.openSessionsPerCandidate();
        this.metrics = metrics;
    }

    /**
     * Starts a session of distinct current questions of the role (of the topics and difficulty, when given), spread
     * across topics and avoiding what the candidate was asked in their recent sessions where the bank allows.
     * Refused with {@link TooMany} when the candidate has as many sessions in progress as they may, or has started
     * as many today.
     */
    public SessionSnapshot start(String candidateId, String role, int questionCount, List<String> topics,
                                 String difficulty) {
        // The day's token is taken before the transaction holds a connection (see RateLimits), and given back when
        // no session starts after all: only started sessions count.
        rateLimits.take(Rate.SESSIONS_PER_DAY, candidateId, 1);
        try {
            return QuarkusTransaction.requiringNew()
                    .call(() -> startNow(candidateId, role, questionCount, topics, difficulty));
        } catch (Refusal refused) {
            rateLimits.giveBack(Rate.SESSIONS_PER_DAY, candidateId, 1);
            throw refused;
        }
    }

    private SessionSnapshot startNow(String candidateId, String role, int questionCount, List<String> topics,
                                     String difficulty) {
        List<CatalogueQuestion> available = CatalogueQuestion.current(role, topics, difficulty);
        if (available.size() < questionCount) {
            throw new Unfulfillable("not-enough-questions", "Not enough questions",
                    CatalogueQuestion.tooFew(available.size(), role, topics, difficulty, questionCount));
        }
        requireRoomForAnother(candidateId);
        List<CatalogueQuestion> drawn = QuestionDraw.draw(available,
                Set.copyOf(sessions.recentQuestionIds(candidateId, recentSessions)), questionCount,
                ThreadLocalRandom.current());
        InterviewSession session = InterviewSession.begin(candidateId, role, drawn.stream()
                .map(question -> new InterviewSession.Planned(question.questionId, question.version,
                        question.prompt, question.timeLimitSeconds))
                .toList(), grace);
        session.persist();
        metrics.counter("sessions.started", "role", role).increment();
        LOG.infof("Session %s started for role %s with %d questions", session.id, role, questionCount);
        return SessionSnapshot.of(session);
    }

    // Under the candidate's lock, held until this transaction commits the new session: two starts at once, on any
    // instances, cannot both see room for one more.
    private void requireRoomForAnother(String candidateId) {
        SessionRepository.OpenSessions open = sessions.lockOpenSessionsOf(candidateId);
        if (open.count() >= openSessions) {
            Instant earliest = open.earliestDeadline();
            throw new TooMany(OPEN_SESSIONS_LIMIT, Duration.between(SessionRepository.now(), earliest),
                    "You have " + open.count() + " interviews in progress, the most you may have at once. Finish "
                            + "one of them to start another, or wait until the earliest ends at its deadline, "
                            + TimeFormats.utcTime(earliest) + ".");
        }
    }
}
