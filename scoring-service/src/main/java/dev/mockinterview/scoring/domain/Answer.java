package dev.mockinterview.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A candidate's answer to one question of a session, as session-service submitted it. */
@Entity
@Table(name = "answer")
public class Answer extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "session_id")
    public UUID sessionId;
    @Column(name = "candidate_id")
    public String candidateId;
    public int position;
    @Column(name = "question_id")
    public String questionId;
    @Column(name = "question_version")
    public int questionVersion;
    public String text;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "time_taken_millis")
    public long timeTakenMillis;
}
