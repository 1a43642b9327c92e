package dev.mockinterview.session.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * The local replica of the catalogue that sessions draw questions from. Recording a version is idempotent, and the
 * current version of a question does not depend on the order versions arrive in, so replaying the compacted
 * question-catalogue topic from its start rebuilds the same replica.
 */
@ApplicationScoped
@Transactional
public class CatalogueReplica {
    private static final Logger LOG = Logger.getLogger(CatalogueReplica.class);

    private final EntityManager entityManager;

    CatalogueReplica(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A question version as the catalogue announced it, published or retired. */
    public record Version(String questionId, int version, String role, String topic, String difficulty,
                          int timeLimitSeconds, String prompt, Instant publishedAt, boolean retired) {
    }

    /** Records a version, or that it was retired. */
    public void record(Version version) {
        // A version goes from published to retired and never back, so a retirement sticks whichever event of the
        // version comes last (a version's events share a key, but old records keyed by question id may remain).
        entityManager.createNativeQuery("""
                        INSERT INTO catalogue_question (question_id, version, role, topic, difficulty,
                                                        time_limit_seconds, prompt, published_at, current, retired)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, false, ?9)
                        ON CONFLICT (question_id, version) DO UPDATE SET role = excluded.role,
                            topic = excluded.topic, difficulty = excluded.difficulty,
                            time_limit_seconds = excluded.time_limit_seconds, prompt = excluded.prompt,
                            published_at = excluded.published_at,
                            retired = catalogue_question.retired OR excluded.retired""")
                .setParameter(1, version.questionId())
                .setParameter(2, version.version())
                .setParameter(3, version.role())
                .setParameter(4, version.topic())
                .setParameter(5, version.difficulty())
                .setParameter(6, version.timeLimitSeconds())
                .setParameter(7, version.prompt())
                .setParameter(8, version.publishedAt())
                .setParameter(9, version.retired())
                .executeUpdate();
        // The newest version a question has had is its current one, unless it is retired: then the question is
        // out of the catalogue until a newer version is published. Arrival order does not matter.
        entityManager.createNativeQuery("""
                        UPDATE catalogue_question SET current = (NOT retired AND version = (
                            SELECT max(version) FROM catalogue_question WHERE question_id = ?1))
                        WHERE question_id = ?1""")
                .setParameter(1, version.questionId())
                .executeUpdate();
        LOG.infof("Replica holds question %s version %d%s", version.questionId(), version.version(),
                version.retired() ? ", retired" : "");
    }
}
