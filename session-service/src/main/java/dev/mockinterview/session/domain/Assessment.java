package dev.mockinterview.session.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A recruiter's assessment: the questions every invited candidate gets, taken once between its opening and closing
 * times. Its questions are pinned (versions and time limits) when it opens.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "owner_id")
    public String ownerId;
    public String title;
    public String role;
    /** The fixed list of questions, or null when they are drawn by the rules (topics, difficulty, count). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "question_ids")
    public List<String> questionIds;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> topics = List.of();
    public String difficulty;
    @Column(name = "question_count")
    public int questionCount;
    /** One limit for every question, or null for each question's own. */
    @Column(name = "time_limit_seconds")
    public Integer timeLimitSeconds;
    @Column(name = "opens_at")
    public Instant opensAt;
    @Column(name = "closes_at")
    public Instant closesAt;
    @Column(name = "shows_feedback")
    public boolean showsFeedback;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "opened_at")
    public Instant openedAt;
    @Column(name = "open_failure")
    public String openFailure;
    @Version
    @Column(name = "row_version")
    public long rowVersion;
    @OneToMany(mappedBy = "assessment", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<AssessmentQuestion> questions = new ArrayList<>();

    public boolean isOpened() {
        return openedAt != null;
    }

    public boolean isClosed(Instant now) {
        return !now.isBefore(closesAt);
    }

    /** Whether it is past its opening time but not yet pinned: the next start or the opening job opens it. */
    public boolean isDue(Instant now) {
        return openedAt == null && !now.isBefore(opensAt) && !isClosed(now);
    }
}
