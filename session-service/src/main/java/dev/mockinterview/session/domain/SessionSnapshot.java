package dev.mockinterview.session.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A session as it stands, with its questions and answers: what the domain hands to the API and the pages, read in
 * the transaction that loaded or changed the session, so that no caller needs one of its own.
 *
 * @param currentPosition the first position neither answered, skipped nor timed out; past the last when none is
 * @param assessment      the assessment it was taken for, null for practice
 */
public record SessionSnapshot(UUID id, String candidateId, String role, InterviewSession.Status status,
                              InterviewSession.Ending endedAs, int questionCount, Instant startedAt,
                              Instant deadline, Instant completedAt, int currentPosition, List<Question> questions,
                              AssessmentRef assessment) {

    /**
     * A question of the session.
     *
     * @param limitEndsAt when its time limit ends, null until it is presented
     * @param answer      the candidate's answer, null when there is none
     */
    public record Question(int position, String questionId, int questionVersion, String prompt, int timeLimitSeconds,
                           boolean skipped, boolean timedOut, Instant limitEndsAt, GivenAnswer answer) {
        public boolean answered() {
            return answer != null;
        }
    }

    /** What the candidate answered, and when. */
    public record GivenAnswer(String text, Instant submittedAt) {
    }

    public SessionSnapshot {
        questions = List.copyOf(questions);
    }

    /** Whether the candidate can still answer. */
    public boolean running() {
        return status == InterviewSession.Status.IN_PROGRESS;
    }

    /** Reads the session's questions and answers: call it inside the transaction that loaded the session. */
    static SessionSnapshot of(InterviewSession session) {
        Map<Integer, Answer> answers = session.answers.stream()
                .collect(Collectors.toMap(answer -> answer.position, Function.identity()));
        List<Question> questions = session.questions.stream().map(question -> {
            Answer answer = answers.get(question.position);
            return new Question(question.position, question.questionId, question.questionVersion, question.prompt,
                    question.timeLimitSeconds, question.skippedAt != null, question.timedOutAt != null,
                    question.limitEndsAt(), answer == null ? null : new GivenAnswer(answer.text, answer.submittedAt));
        }).toList();
        return new SessionSnapshot(session.id, session.candidateId, session.role, session.status, session.endedAs,
                session.questionCount, session.startedAt, session.deadline, session.completedAt,
                session.currentPosition(), questions, session.assessmentRef());
    }
}
