package dev.mockinterview.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An answer's score by one scorer version, naming the question version it was scored against. An answer has one
 * per scorer version that scored it; reports use the newest.
 */
@Entity
@Table(name = "answer_score")
@IdClass(AnswerScore.Key.class)
public class AnswerScore extends PanacheEntityBase {
    @Id
    @Column(name = "answer_id")
    public UUID answerId;
    @Id
    @Column(name = "scorer_version")
    public String scorerVersion;
    @Column(name = "question_id")
    public String questionId;
    @Column(name = "question_version")
    public int questionVersion;
    public int score;
    @Enumerated(EnumType.STRING)
    public ScoredAnswer.Band band;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "key_points")
    public List<ScoredAnswer.KeyPointFinding> keyPoints;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ScoredAnswer.Flag> flags;
    @Column(name = "scored_at")
    public Instant scoredAt;

    /** The composite primary key: the answer and the scorer version. */
    public record Key(UUID answerId, String scorerVersion) implements Serializable {
    }
}
