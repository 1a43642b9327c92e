package dev.mockinterview.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
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
    @Column(name = "scored_at")
    public Instant scoredAt;
}
