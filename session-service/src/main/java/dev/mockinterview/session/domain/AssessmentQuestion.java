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
import java.util.UUID;

/** A question version pinned at one position of an assessment when it opened, with the time limit it is taken in. */
@Entity
@Table(name = "assessment_question")
@IdClass(AssessmentQuestion.Key.class)
public class AssessmentQuestion extends PanacheEntityBase {
    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assessment_id")
    public Assessment assessment;
    @Id
    public int position;
    @Column(name = "question_id")
    public String questionId;
    @Column(name = "question_version")
    public int questionVersion;
    public String prompt;
    @Column(name = "time_limit_seconds")
    public int timeLimitSeconds;

    /** The composite primary key: assessment and position. */
    public record Key(UUID assessment, int position) implements Serializable {
    }
}
