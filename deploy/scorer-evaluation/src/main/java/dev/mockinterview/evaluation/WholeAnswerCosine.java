package dev.mockinterview.evaluation;

import dev.mockinterview.scoring.domain.AnswerScorer;
import dev.mockinterview.scoring.domain.KeyPoint;
import dev.mockinterview.scoring.domain.QuestionVersion;
import dev.mockinterview.scoring.domain.ScoredAnswer;
import dev.mockinterview.scoring.domain.scorer.SentenceEmbedder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The baseline the rubric scorer must beat with its own model: 100 times the cosine between the whole answer and the
 * closest reference (the model answer, or any phrasing of the key points), nothing else.
 */
final class WholeAnswerCosine implements AnswerScorer {
    static final String VERSION = "baseline-whole-answer-cosine";

    private final SentenceEmbedder embedder;
    // A question's references are embedded once, not for every answer to it.
    private final Map<String, float[]> referenceVectors = new ConcurrentHashMap<>();

    WholeAnswerCosine(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public ScoredAnswer score(String answer, QuestionVersion question) {
        List<String> references = new ArrayList<>();
        if (question.keyPoints == null || question.keyPoints.isEmpty()) {
            references.add(question.modelAnswer);
        } else {
            for (KeyPoint point : question.keyPoints) {
                references.add(point.text());
                references.addAll(point.alternatives());
            }
        }
        double closest = 0;
        if (!answer.isBlank()) {
            float[] answerVector = embedder.embed(answer);
            for (String reference : references) {
                float[] vector = referenceVectors.computeIfAbsent(reference, embedder::embed);
                double dot = 0;
                for (int i = 0; i < vector.length; i++) {
                    dot += (double) vector[i] * answerVector[i];
                }
                closest = Math.max(closest, dot);
            }
        }
        int score = (int) Math.round(100 * closest);
        return new ScoredAnswer(score, ScoredAnswer.Band.of(score), List.of(), List.of(), VERSION);
    }
}
