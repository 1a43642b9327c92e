package dev.mockinterview.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One person's review of an answer's score: the score they set over the machine's, the key point statuses, and why.
 * Rows are only ever added (the table refuses updates and deletes): an answer's reviews are its final score's
 * history, and the newest revision is the final score.
 */
@Entity
@Immutable
@Table(name = "answer_review")
public class AnswerReview extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "answer_id")
    public UUID answerId;
    @Column(name = "session_id")
    public UUID sessionId;
    public int revision;
    @Column(name = "reviewer_id")
    public String reviewerId;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    public String reason;
    @Column(name = "machine_score")
    public int machineScore;
    @Column(name = "scorer_version")
    public String scorerVersion;
    @Column(name = "previous_score")
    public int previousScore;
    public int score;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "key_points")
    public List<KeyPointReview> keyPoints;

    /**
     * A key point of the machine score reviewed: what the scorer found, what the final status was before this review
     * and what it is after.
     */
    public record KeyPointReview(String text, ScoredAnswer.Coverage machineStatus,
                                 ScoredAnswer.Coverage previousStatus, ScoredAnswer.Coverage status) {
    }

    /** The review as the domain hands it out. */
    public Revision revision() {
        return new Revision(id, revision, reviewerId, reviewedAt, reason, machineScore, scorerVersion, previousScore,
                score, List.copyOf(keyPoints));
    }

    /**
     * One revision of an answer's final score.
     *
     * @param machineScore  the machine score it reviewed, by {@code scorerVersion}
     * @param previousScore the final score before it
     */
    public record Revision(UUID reviewId, int revision, String reviewerId, Instant reviewedAt, String reason,
                           int machineScore, String scorerVersion, int previousScore, int score,
                           List<KeyPointReview> keyPoints) {
    }
}
