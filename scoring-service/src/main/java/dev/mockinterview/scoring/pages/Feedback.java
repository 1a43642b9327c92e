package dev.mockinterview.scoring.pages;

import dev.mockinterview.scoring.domain.AnsweredQuestion;
import dev.mockinterview.scoring.domain.ScoredAnswer;
import dev.mockinterview.scoring.domain.SessionReport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A session's report as its feedback page shows it: the scores, and for every scored answer its question, each key
 * point with its status in words and its similarity, the flags with their reasons, and the answer itself with its
 * evidence highlighted. The model answer is there only once the session has ended. When the viewer may not see the
 * feedback (the candidate of an assessment that does not show it), only the questions and answers are there.
 *
 * @param complete       whether the report is complete; until then scoring is in progress and there is no overall
 *                       score
 * @param ended          whether the session has ended, which is when its model answers may be shown
 * @param mine           whether the viewer is the candidate who gave the answers
 * @param feedbackHidden whether scores, bands, flags, key points, feedback and model answers are left out
 */
public record Feedback(UUID sessionId, String role, boolean complete, boolean ended, boolean mine,
                       boolean feedbackHidden, BigDecimal overallScore, Band band, Integer questionCount,
                       String endedAs, Instant completedAt,
                       List<SessionReport.TopicScore> topicScores, List<AnswerFeedback> answers) {

    /** A band as the page writes it, with the style sheet's class for it. */
    public record Band(String label, String cssClass) {
        static Band of(ScoredAnswer.Band band) {
            String name = band.name().toLowerCase(Locale.ROOT);
            return new Band(Character.toUpperCase(name.charAt(0)) + name.substring(1), "band-" + name);
        }
    }

    /**
     * One scored answer.
     *
     * @param prompt       the question as the candidate saw it; null if scoring no longer knows the version
     * @param score        the final score: a person's review where there is one, the machine's otherwise; null when
     *                     the feedback is hidden, as are the band and the machine's score
     * @param reviewed     whether a person reviewed the score; who did is the assessment's business, not shown
     * @param machineScore the machine's score, shown beside a reviewed one
     * @param feedback     two or three sentences of feedback in words
     * @param keyPoints    with their final statuses
     * @param answer       the answer, its evidence marked
     * @param modelAnswer  null unless the session has ended
     */
    public record AnswerFeedback(int position, String questionId, String topic, String prompt, Integer score,
                                 Band band, boolean reviewed, Integer machineScore, List<String> feedback,
                                 List<Finding> keyPoints, List<Flag> flags, AnswerWithEvidence answer,
                                 String modelAnswer) {
    }

    /**
     * A key point and how the answer covered it.
     *
     * @param status     covered, partial or missing
     * @param similarity to two decimals
     * @param evidence   the answer's sentence that earned it, null when missing
     */
    public record Finding(String text, String status, String similarity, String evidence) {
    }

    /** A reason the answer gets no praise, named and explained. */
    public record Flag(String name, String reason) {
    }

    private static final Map<ScoredAnswer.Flag, Flag> FLAGS = Map.of(
            ScoredAnswer.Flag.EMPTY, new Flag("Empty", "The answer has no words to score."),
            ScoredAnswer.Flag.TOO_SHORT, new Flag("Too short", "The answer has too few words to explain the points."),
            ScoredAnswer.Flag.OFF_TOPIC, new Flag("Off topic",
                    "Little or nothing of the answer is about the question."),
            ScoredAnswer.Flag.RESTATES_QUESTION, new Flag("Restates the question",
                    "The answer mostly repeats the question instead of answering it."),
            ScoredAnswer.Flag.KEYWORD_LIST, new Flag("Keyword list",
                    "The answer lists terms without sentences that explain them."),
            ScoredAnswer.Flag.GIBBERISH, new Flag("Gibberish", "Most of the answer's words are not words."));

    /**
     * Builds the feedback from the report and the session's answers with the question versions they answer.
     *
     * @param answered      each answer's text, prompt and model answer, by answer id
     * @param feedbackShown whether the viewer sees the scores and feedback
     */
    static Feedback of(SessionReport report, String viewer, Map<UUID, AnsweredQuestion> answered,
                       boolean feedbackShown) {
        boolean ended = report.completedAt() != null;
        BigDecimal overall = feedbackShown ? report.overallScore() : null;
        return new Feedback(report.sessionId(), report.role(), report.status() == SessionReport.Status.COMPLETE,
                ended, Objects.equals(report.candidateId(), viewer), !feedbackShown, overall,
                overall == null ? null : Band.of(ScoredAnswer.Band.of(overall.intValue())), report.questionCount(),
                report.endedAs(), report.completedAt(), feedbackShown ? report.topicScores() : List.of(),
                report.answers().stream().map(answer -> feedbackShown
                        ? answerFeedback(answer, answered.get(answer.answerId()), ended)
                        : answerAlone(answer, answered.get(answer.answerId()))).toList());
    }

    private static AnswerFeedback answerFeedback(SessionReport.ReportedAnswer scored, AnsweredQuestion question,
                                                 boolean ended) {
        List<String> evidence = scored.keyPoints().stream().map(ScoredAnswer.KeyPointFinding::evidence).toList();
        List<ScoredAnswer.Coverage> statuses = scored.finalStatuses();
        return new AnswerFeedback(scored.position(), scored.questionId(), scored.topic(),
                question == null ? null : question.prompt(), scored.finalScore(),
                Band.of(ScoredAnswer.Band.of(scored.finalScore())), !scored.reviews().isEmpty(), scored.score(),
                scored.feedback(), IntStream.range(0, statuses.size())
                        .mapToObj(i -> finding(scored.keyPoints().get(i), statuses.get(i))).toList(),
                scored.flags().stream().map(FLAGS::get).toList(),
                AnswerWithEvidence.of(question == null ? null : question.text(), evidence),
                ended && question != null ? question.modelAnswer() : null);
    }

    // The question and the candidate's own answer, nothing the scorer or a reviewer made of it.
    private static AnswerFeedback answerAlone(SessionReport.ReportedAnswer scored, AnsweredQuestion question) {
        return new AnswerFeedback(scored.position(), scored.questionId(), scored.topic(),
                question == null ? null : question.prompt(), null, null, false, null, List.of(), List.of(),
                List.of(), AnswerWithEvidence.of(question == null ? null : question.text(), List.of()), null);
    }

    private static Finding finding(ScoredAnswer.KeyPointFinding finding, ScoredAnswer.Coverage status) {
        return new Finding(finding.text(), status.name().toLowerCase(Locale.ROOT),
                String.format(Locale.ROOT, "%.2f", finding.similarity()), finding.evidence());
    }

    /** How many of the session's questions have a scored answer here. */
    public int answered() {
        return answers.size();
    }

    /** The positions of the questions the candidate skipped or ran out of time on, once the session has ended. */
    public List<Integer> unanswered() {
        if (!ended || questionCount == null) {
            return List.of();
        }
        Set<Integer> answeredPositions = answers.stream().map(AnswerFeedback::position).collect(Collectors.toSet());
        return IntStream.rangeClosed(1, questionCount).filter(position -> !answeredPositions.contains(position))
                .boxed().toList();
    }
}
