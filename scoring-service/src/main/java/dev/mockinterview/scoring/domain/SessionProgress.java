package dev.mockinterview.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What scoring knows of one session: who it belongs to, how it ended once it has, and its report once built.
 * Every change to it happens under its row lock, which is what makes the report get built exactly once.
 */
@Entity
@Table(name = "session_progress")
public class SessionProgress extends PanacheEntityBase {
    @Id
    @Column(name = "session_id")
    public UUID sessionId;
    @Column(name = "candidate_id")
    public String candidateId;
    public String role;
    @Column(name = "question_count")
    public Integer questionCount;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "answer_ids")
    public List<UUID> answerIds;
    @Column(name = "ended_as")
    public String endedAs;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "overall_score")
    public BigDecimal overallScore;
    @Column(name = "reported_at")
    public Instant reportedAt;
    @Column(name = "time_taken_millis")
    public Long timeTakenMillis;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "topic_scores")
    public List<SessionReport.TopicScore> topicScores;
    @Column(name = "assessment_id")
    public UUID assessmentId;
    @Column(name = "assessment_title")
    public String assessmentTitle;
    @Column(name = "assessment_owner")
    public String assessmentOwner;
    @Column(name = "assessment_shows_feedback")
    public Boolean assessmentShowsFeedback;

    /** The assessment the session was taken for; empty for the candidate's own practice. */
    public Optional<Assessment> assessment() {
        return assessmentId == null ? Optional.empty()
                : Optional.of(new Assessment(assessmentId, assessmentTitle, assessmentOwner, assessmentShowsFeedback));
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public boolean isReported() {
        return reportedAt != null;
    }
}
