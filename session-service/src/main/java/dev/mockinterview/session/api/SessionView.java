package dev.mockinterview.session.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.mockinterview.session.domain.AssessmentRef;
import dev.mockinterview.session.domain.InterviewSession;
import dev.mockinterview.session.domain.SessionSnapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session as its candidate sees it. While it runs, questions past the current one stay hidden, as in a real
 * interview. An assessment session names its assessment; practice has no {@code assessment}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionView(UUID id, String candidateId, String role, InterviewSession.Status status,
                          InterviewSession.Ending endedAs, int questionCount, Integer currentPosition,
                          Instant startedAt, Instant deadline, Instant completedAt, List<Question> questions,
                          AssessmentRef assessment) {

    /**
     * A question of the session: whether it was answered, skipped or timed out, and for the current one when its
     * time limit ends and how many seconds are left (answers get a few seconds of grace for the network).
     */
    public record Question(int position, String questionId, int questionVersion, String prompt,
                           int timeLimitSeconds, boolean answered, boolean skipped, boolean timedOut,
                           Instant limitEndsAt, Long secondsLeft) {
    }

    public static SessionView of(SessionSnapshot session) {
        boolean running = session.running();
        int current = session.currentPosition();
        List<Question> shown = session.questions().stream()
                .filter(question -> !running || question.position() <= current)
                .map(question -> view(question, running && question.position() == current))
                .toList();
        Integer currentPosition = running && current <= session.questionCount() ? current : null;
        return new SessionView(session.id(), session.candidateId(), session.role(), session.status(),
                session.endedAs(), session.questionCount(), currentPosition, session.startedAt(), session.deadline(),
                session.completedAt(), shown, session.assessment());
    }

    private static Question view(SessionSnapshot.Question question, boolean isCurrent) {
        Instant limitEndsAt = isCurrent ? question.limitEndsAt() : null;
        Long secondsLeft = limitEndsAt == null ? null
                : Math.max(0, Duration.between(Instant.now(), limitEndsAt).toSeconds());
        return new Question(question.position(), question.questionId(), question.questionVersion(),
                question.prompt(), question.timeLimitSeconds(), question.answered(), question.skipped(),
                question.timedOut(), limitEndsAt, secondsLeft);
    }
}
