package dev.mockinterview.session.domain;

import dev.mockinterview.contracts.refusal.Unfulfillable;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Starts interviews: draws the questions from the catalogue replica and sets the session's deadline. */
@ApplicationScoped
@Transactional
public class Starting {
    private static final Logger LOG = Logger.getLogger(Starting.class);

    private final SessionRepository sessions;
    private final Duration grace;
    private final int recentSessions;
    private final MeterRegistry metrics;

    Starting(SessionRepository sessions, @ConfigProperty(name = "session.answer-grace") Duration grace,
             @ConfigProperty(name = "session.recent-sessions") int recentSessions, MeterRegistry metrics) {
        this.sessions = sessions;
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
        List<CatalogueQuestion> available = available(role, topics, difficulty);
        if (available.size() < questionCount) {
            throw new Unfulfillable("not-enough-questions", "Not enough questions",
                    "The catalogue holds " + available.size() + " published questions for the role " + role
                            + (topics.isEmpty() ? "" : " in the topics " + topics)
                            + (difficulty == null ? "" : " at difficulty " + difficulty)
                            + ", fewer than the " + questionCount + " requested.");
        }
        List<CatalogueQuestion> drawn = QuestionDraw.draw(available,
                Set.copyOf(sessions.recentQuestionIds(candidateId, recentSessions)), questionCount,
                ThreadLocalRandom.current());
        InterviewSession session = new InterviewSession();
        session.id = UUID.randomUUID();
        session.candidateId = candidateId;
        session.role = role;
        session.status = InterviewSession.Status.IN_PROGRESS;
        session.questionCount = questionCount;
        session.startedAt = SessionRepository.now();
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

    private static List<CatalogueQuestion> available(String role, List<String> topics, String difficulty) {
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
        return CatalogueQuestion.list(where.toString(), parameters);
    }
}
