package dev.mockinterview.question.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The content of a question at one version: immutable once written, because scores point at it. */
@Entity
@Table(name = "question_version")
@IdClass(QuestionVersion.Key.class)
public class QuestionVersion extends PanacheEntityBase {
    @Id
    @Column(name = "question_id")
    public String questionId;
    @Id
    public int version;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", insertable = false, updatable = false)
    public Question question;
    public VersionStatus status;
    public String prompt;
    public String rationale;
    @Column(name = "model_answer")
    public String modelAnswer;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "key_points")
    public List<KeyPoint> keyPoints;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "retired_at")
    public Instant retiredAt;

    /** The composite primary key: question id and version number. */
    public record Key(String questionId, int version) implements Serializable {
    }
}
