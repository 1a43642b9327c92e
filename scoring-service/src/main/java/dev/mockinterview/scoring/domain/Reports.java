package dev.mockinterview.scoring.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads session reports. */
@ApplicationScoped
@Transactional
public class Reports {
    private final EntityManager entityManager;

    Reports(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The report of a session scoring has heard of, pending or complete. */
    public Optional<SessionReport> find(UUID sessionId) {
        return SessionProgress.<SessionProgress>findByIdOptional(sessionId).map(session -> {
            List<SessionReport.ScoredAnswer> answers = entityManager.createQuery("""
                            select new dev.mockinterview.scoring.domain.SessionReport$ScoredAnswer(
                                a.position, a.questionId, a.questionVersion, s.score, s.scorerVersion)
                            from Answer a join AnswerScore s on s.answerId = a.id
                            where a.sessionId = :session
                            order by a.position, a.id""", SessionReport.ScoredAnswer.class)
                    .setParameter("session", sessionId)
                    .getResultList();
            return new SessionReport(session.sessionId, session.candidateId, session.isReported(),
                    session.overallScore, answers);
        });
    }
}
