package dev.mockinterview.scoring.domain;

import dev.mockinterview.limits.Rate;
import dev.mockinterview.limits.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Scores sample answers against a rubric that is never stored, exactly as a stored score of the same answer would
 * be: what authors try before they publish a rubric (the scoring preview API and the rubric playground page).
 */
@ApplicationScoped
public class RubricPreview {
    private final AnswerScorer scorer;
    private final RateLimits rateLimits;

    RubricPreview(AnswerScorer scorer, RateLimits rateLimits) {
        this.scorer = scorer;
        this.rateLimits = rateLimits;
    }

    /**
     * Each answer's score, in order. Without key points the scorer derives them from the model answer. Each answer
     * counts against the user's previews a minute; over it, none is scored and
     * {@link dev.mockinterview.contracts.refusal.TooMany} says when to try again.
     */
    public List<ScoredAnswer> score(String user, String prompt, String modelAnswer, List<KeyPoint> keyPoints,
                                    List<String> answers) {
        rateLimits.take(Rate.PREVIEWS_PER_MINUTE, user, answers.size());
        QuestionVersion draft = new QuestionVersion();
        draft.questionId = "preview";
        draft.version = 1;
        draft.prompt = prompt;
        draft.modelAnswer = modelAnswer;
        draft.keyPoints = List.copyOf(keyPoints);
        // The rubric is embedded once for all the answers, as it is when a version is published.
        scorer.prepare(draft);
        return answers.stream().map(answer -> scorer.score(answer, draft)).toList();
    }

    /** A published version of a question as scoring holds it, to try its rubric again. */
    @Transactional
    public Optional<PublishedVersion> stored(String questionId, int version) {
        return QuestionVersion.<QuestionVersion>findByIdOptional(new QuestionVersion.Key(questionId, version))
                .map(PublishedVersion::of);
    }
}
