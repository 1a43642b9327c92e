package dev.mockinterview.scoring.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reads people's reviews across sessions: the figures of a question version and the graded answers they make. */
@ApplicationScoped
@Transactional
public class Reviews {
    private static final int EXPORT_FETCH_SIZE = 500;
    // Each reviewed answer once, by its final (newest) review.
    private static final String FINAL_REVIEWS = """
            WITH final AS (
                SELECT DISTINCT ON (r.answer_id) r.answer_id, r.machine_score, r.score, r.key_points
                FROM answer_review r JOIN answer a ON a.id = r.answer_id
                WHERE a.question_id = ?1 AND a.question_version = ?2
                ORDER BY r.answer_id, r.revision DESC)
            """;

    private final EntityManager entityManager;

    Reviews(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The reviews' figures on a question version: two queries, whatever the number of answers. */
    public ReviewFigures figures(String questionId, int version) {
        Object[] summary = (Object[]) entityManager.createNativeQuery(FINAL_REVIEWS + """
                        SELECT count(*), round(avg(abs(score - machine_score)), 1) FROM final""")
                .setParameter(1, questionId)
                .setParameter(2, version)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> changed = entityManager.createNativeQuery(FINAL_REVIEWS + """
                        SELECT point ->> 'text', count(*) FROM final, jsonb_array_elements(final.key_points) point
                        WHERE point ->> 'status' <> point ->> 'machineStatus'
                        GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?3""")
                .setParameter(1, questionId)
                .setParameter(2, version)
                .setParameter(3, ReviewFigures.KEY_POINTS_LISTED)
                .getResultList();
        return new ReviewFigures(((Number) summary[0]).longValue(),
                summary[1] == null ? null : new BigDecimal(summary[1].toString()).setScale(1, RoundingMode.HALF_UP),
                changed.stream().map(row -> new ReviewFigures.ChangedKeyPoint((String) row[0],
                        ((Number) row[1]).longValue())).toList());
    }

    /**
     * A reviewed answer as a graded answer: the question it answers, its text and its final review.
     *
     * @param score the final review's score, 0 to 100
     */
    public record GradedAnswer(UUID answerId, String questionId, int questionVersion, String prompt,
                               String modelAnswer, String text, int machineScore, String scorerVersion, int score,
                               int revision, Instant reviewedAt) {
    }

    /**
     * Every reviewed answer with its final review, by question version, handed over as the database returns them
     * (in chunks of {@value #EXPORT_FETCH_SIZE}, none kept), so an export of any size holds one chunk in memory.
     */
    public void eachGradedAnswer(Consumer<GradedAnswer> each) {
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT DISTINCT ON (a.question_id, a.question_version, r.answer_id)
                               r.answer_id, a.question_id, a.question_version, q.prompt, q.model_answer, a.text,
                               r.machine_score, r.scorer_version, r.score, r.revision, r.reviewed_at
                        FROM answer_review r JOIN answer a ON a.id = r.answer_id
                        JOIN question_version q ON q.question_id = a.question_id AND q.version = a.question_version
                        ORDER BY a.question_id, a.question_version, r.answer_id, r.revision DESC""")
                .setHint(HibernateHints.HINT_FETCH_SIZE, EXPORT_FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream();
        try (rows) {
            rows.forEach(row -> each.accept(new GradedAnswer((UUID) row[0], (String) row[1],
                    ((Number) row[2]).intValue(), (String) row[3], (String) row[4], (String) row[5],
                    ((Number) row[6]).intValue(), (String) row[7], ((Number) row[8]).intValue(),
                    ((Number) row[9]).intValue(), instant(row[10]))));
        }
    }

    // What the JDBC driver hands back for timestamptz depends on Hibernate's settings.
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
