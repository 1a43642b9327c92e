package dev.mockinterview.scoring.domain;

import dev.mockinterview.scoring.domain.scorer.RubricEmbeddings;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Scoring's replica of one published question version: what an answer to it is scored against. Immutable, as
 * versions are upstream: Hibernate keeps no snapshot of its JSON columns (the rubric embeddings are tens of
 * kilobytes) and never checks them for changes when a transaction that scored an answer flushes.
 */
@Entity
@Immutable
@Table(name = "question_version")
@IdClass(QuestionVersion.Key.class)
public class QuestionVersion extends PanacheEntityBase {
    @Id
    @Column(name = "question_id")
    public String questionId;
    @Id
    public int version;
    /** Null for versions replicated before topics were kept. */
    public String topic;
    public String role;
    public String prompt;
    @Column(name = "model_answer")
    public String modelAnswer;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "key_points")
    public List<KeyPoint> keyPoints;
    @Column(name = "published_at")
    public Instant publishedAt;
    /** What the scorer computed from this version when it was published ({@link AnswerScorer#prepare}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "rubric_embeddings")
    public RubricEmbeddings rubricEmbeddings;

    /** The composite primary key: question id and version number. */
    public record Key(String questionId, int version) implements Serializable {
    }
}
