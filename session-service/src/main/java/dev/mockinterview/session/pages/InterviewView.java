package dev.mockinterview.session.pages;

import dev.mockinterview.session.api.SessionView;
import dev.mockinterview.session.domain.InterviewSession;
import dev.mockinterview.session.domain.SessionSnapshot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A session as its interview page shows it: the current question with its clock, and the questions before it with
 * what became of each, the candidate's answers included. Built from the API's view of the session, so that the page
 * hides and times questions exactly as the API does.
 *
 * @param current         null when no question is open (all are done, or the session has ended)
 * @param earlier         the questions shown apart from the current one, in order
 * @param assessmentTitle the title of the assessment it was taken for, null for practice
 */
public record InterviewView(UUID id, String role, boolean running, String endedNote, int questionCount,
                            Instant deadline, Current current, List<Earlier> earlier, String assessmentTitle) {

    /**
     * The open question.
     *
     * @param limitEndsAt when its time limit ends, null for sessions from before time limits
     * @param secondsLeft until then, as the server counts them when the page is made
     */
    public record Current(int position, String prompt, Instant limitEndsAt, Long secondsLeft) {
        /** The seconds left as minutes and seconds, "4:05". */
        public String timeLeft() {
            return secondsLeft / 60 + ":" + String.format("%02d", secondsLeft % 60);
        }
    }

    /**
     * A question before the current one, or any question of an ended session.
     *
     * @param outcome    what became of it, in words
     * @param answerText the candidate's answer, null when there is none
     */
    public record Earlier(int position, String prompt, String outcome, String answerText, Instant submittedAt) {
    }

    static InterviewView of(SessionSnapshot session) {
        SessionView view = SessionView.of(session);
        Current current = null;
        List<Earlier> earlier = new ArrayList<>();
        for (SessionView.Question question : view.questions()) {
            if (view.currentPosition() != null && question.position() == view.currentPosition()) {
                current = new Current(question.position(), question.prompt(), question.limitEndsAt(),
                        question.secondsLeft());
            } else {
                SessionSnapshot.GivenAnswer answer = session.questions().get(question.position() - 1).answer();
                earlier.add(new Earlier(question.position(), question.prompt(), outcome(question),
                        answer == null ? null : answer.text(), answer == null ? null : answer.submittedAt()));
            }
        }
        return new InterviewView(view.id(), view.role(), view.status() == InterviewSession.Status.IN_PROGRESS,
                view.endedAs() == null ? null : endedNote(view.endedAs()), view.questionCount(), view.deadline(),
                current, earlier, session.assessment() == null ? null : session.assessment().title());
    }

    private static String outcome(SessionView.Question question) {
        if (question.answered()) {
            return "Submitted";
        }
        if (question.skipped()) {
            return "Skipped";
        }
        return question.timedOut() ? "Time ran out" : "Not answered";
    }

    private static String endedNote(InterviewSession.Ending ending) {
        return switch (ending) {
            case FINISHED -> "You finished this interview.";
            case EXPIRED -> "This interview ended when its time ran out.";
            case ABANDONED -> "You left this interview before its end.";
        };
    }
}
