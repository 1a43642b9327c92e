package dev.mockinterview.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The one score of an answer, naming the question version and the scorer that produced it. */
@Entity
@Table(name = "answer_score")
public class AnswerScore extends PanacheEntityBase {
    @Id
    @Column(name = "answer_id")
    public UUID answerId;
    @Column(name = "question_id")
    public String questionId;
    @Column(name = "question_version")
    public int questionVersion;
    @Column(name = "scorer_version")
    public String scorerVersion;
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
}
