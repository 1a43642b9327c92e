package dev.mockinterview.session.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

/** One mock interview of one candidate: its questions in order, and whether it is still running. */
@Entity
@Table(name = "interview_session")
public class InterviewSession extends PanacheEntityBase {
    /** Whether the candidate can still answer. */
    public enum Status { IN_PROGRESS, COMPLETED }

    /** How a completed session ended. */
    public enum Ending { FINISHED, EXPIRED, ABANDONED }

    @Id
    public UUID id;
    @Column(name = "candidate_id")
    public String candidateId;
    public String role;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Enumerated(EnumType.STRING)
    @Column(name = "ended_as")
    public Ending endedAs;
    @Column(name = "question_count")
    public int questionCount;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "completed_at")
    public Instant completedAt;
    /** When the expiry job ends the session if the candidate has not completed it. */
    public Instant deadline;
    @Version
    @Column(name = "row_version")
    public long rowVersion;
    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<SessionQuestion> questions = new ArrayList<>();
    @OneToMany(mappedBy = "session")
    @OrderBy("position")
    public List<Answer> answers = new ArrayList<>();

    /** The first position neither answered, skipped nor timed out, or past the last question when none is left. */
    public int currentPosition() {
        Set<Integer> answered = answers.stream().map(answer -> answer.position).collect(Collectors.toSet());
        for (SessionQuestion question : questions) {
            if (!answered.contains(question.position) && question.skippedAt == null && question.timedOutAt == null) {
                return question.position;
            }
        }
        return questions.size() + 1;
    }

    /** Whether the question at the position has an answer. */
    public boolean isAnswered(int position) {
        return answers.stream().anyMatch(answer -> answer.position == position);
    }
}
