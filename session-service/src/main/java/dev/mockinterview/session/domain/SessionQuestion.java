package dev.mockinterview.session.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** The question version at one position of a session, copied so that catalogue changes leave the session alone. */
@Entity
@Table(name = "session_question")
@IdClass(SessionQuestion.Key.class)
public class SessionQuestion extends PanacheEntityBase {
    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    public InterviewSession session;
    @Id
    public int position;
    @Column(name = "question_id")
    public String questionId;
    @Column(name = "question_version")
    public int questionVersion;
    public String prompt;
    @Column(name = "time_limit_seconds")
    public int timeLimitSeconds;
    @Column(name = "skipped_at")
    public Instant skippedAt;
    /** When the question became current and its clock started; null while earlier ones are open. */
    @Column(name = "presented_at")
    public Instant presentedAt;
    @Column(name = "timed_out_at")
    public Instant timedOutAt;

    /** The end of the question's time limit, once it has been presented. */
    public Instant limitEndsAt() {
        return presentedAt == null ? null : presentedAt.plusSeconds(timeLimitSeconds);
    }

    /** The composite primary key: session and position. */
    public record Key(UUID session, int position) implements Serializable {
    }
}
