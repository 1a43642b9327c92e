package dev.mockinterview.session.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A published question version as the catalogue announced it; the replica sessions draw questions from. */
@Entity
@Table(name = "catalogue_question")
@IdClass(CatalogueQuestion.Key.class)
public class CatalogueQuestion extends PanacheEntityBase {
    @Id
    @Column(name = "question_id")
    public String questionId;
    @Id
    public int version;
    public String role;
    public String topic;
    public String difficulty;
    @Column(name = "time_limit_seconds")
    public int timeLimitSeconds;
    public String prompt;
    @Column(name = "published_at")
    public Instant publishedAt;
    public boolean current;

    /** The current versions of the role's questions, of the topics (all when empty) and difficulty (any when null). */
    public static List<CatalogueQuestion> current(String role, List<String> topics, String difficulty) {
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
        return list(where.toString(), parameters);
    }

    /** Why {@link #current} cannot give {@code count} questions, in words. */
    static String tooFew(int available, String role, List<String> topics, String difficulty, int count) {
        return "The catalogue holds " + available + " published questions for the role " + role
                + (topics.isEmpty() ? "" : " in the topics " + topics)
                + (difficulty == null ? "" : " at difficulty " + difficulty)
                + ", fewer than the " + count + " requested.";
    }

    /** The roles new sessions can be started for: those with a current question, sorted. */
    public static List<String> currentRoles() {
        return getEntityManager().createQuery("""
                        select distinct q.role from CatalogueQuestion q where q.current = true
                        order by q.role""", String.class)
                .getResultList();
    }

    /** The topics of the current questions of any role, sorted. */
    public static List<String> currentTopics() {
        return getEntityManager().createQuery("""
                        select distinct q.topic from CatalogueQuestion q where q.current = true
                        order by q.topic""", String.class)
                .getResultList();
    }

    /** The composite primary key: question id and version number. */
    public record Key(String questionId, int version) implements Serializable {
    }
}
