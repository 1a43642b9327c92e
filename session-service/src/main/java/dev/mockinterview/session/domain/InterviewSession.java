package dev.mockinterview.session.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
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

    /** Practice is the candidate's own, private; an assessment session was taken for a recruiter's assessment. */
    public enum Kind { PRACTICE, ASSESSMENT }

    @Id
    public UUID id;
    @Column(name = "candidate_id")
    public String candidateId;
    public String role;
    @Enumerated(EnumType.STRING)
    public Kind kind = Kind.PRACTICE;
    /** The assessment it was taken for; null for practice. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assessment_id")
    public Assessment assessment;
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

    /** The assessment it was taken for, null for practice. */
    public AssessmentRef assessmentRef() {
        return assessment == null ? null
                : new AssessmentRef(assessment.id, assessment.title, assessment.ownerId, assessment.showsFeedback);
    }

    /** A question version a new session asks, with its time limit. */
    public record Planned(String questionId, int version, String prompt, int timeLimitSeconds) {
    }

    /**
     * A new session in progress of the questions in order, the first presented now; its deadline leaves every
     * question its time limit plus the grace an answer gets.
     */
    static InterviewSession begin(String candidateId, String role, List<Planned> planned, Duration grace) {
        InterviewSession session = new InterviewSession();
        session.id = UUID.randomUUID();
        session.candidateId = candidateId;
        session.role = role;
        session.status = Status.IN_PROGRESS;
        session.questionCount = planned.size();
        session.startedAt = SessionRepository.now();
        for (Planned question : planned) {
            SessionQuestion slot = new SessionQuestion();
            slot.session = session;
            slot.position = session.questions.size() + 1;
            slot.questionId = question.questionId();
            slot.questionVersion = question.version();
            slot.prompt = question.prompt();
            slot.timeLimitSeconds = question.timeLimitSeconds();
            session.questions.add(slot);
        }
        session.questions.get(0).presentedAt = session.startedAt;
        int totalSeconds = planned.stream().mapToInt(Planned::timeLimitSeconds).sum();
        session.deadline = session.startedAt.plusSeconds(totalSeconds).plus(grace.multipliedBy(planned.size()));
        return session;
    }

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
