package dev.mockinterview.evaluation;

import dev.mockinterview.scoring.domain.AnswerScorer;
import dev.mockinterview.scoring.domain.KeyPoint;
import dev.mockinterview.scoring.domain.QuestionVersion;
import dev.mockinterview.scoring.domain.ScoredAnswer;
import dev.mockinterview.scoring.domain.scorer.TextAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The baseline scorer of the walking skeleton, kept to compare the rubric scorer with (deploy/evaluate-scorer):
 * the share of the reference's distinct English stems (Lucene's {@link EnglishAnalyzer}: standard tokens, lower
 * case, stop words removed, Porter stems) that the answer also uses, as an integer from 0 to 100. The reference is
 * the model answer plus the key point texts.
 *
 * <p>It is deterministic and cheap, and it knows nothing of meaning: a correct answer in other words scores low,
 * and a list of the right words scores like prose that makes the points. Stems the prompt already contains count
 * half, so that restating the question earns less than adding what the model answer adds.
 */
final class TermOverlapScorer implements AnswerScorer {
    /** Stored with every score; change it whenever a change here could change a score. */
    public static final String VERSION = "baseline-term-overlap-1";
    private static final int STEM_WEIGHT = 2;
    private static final int PROMPT_STEM_WEIGHT = 1;

    // Thread-safe: an Analyzer keeps one token stream per thread.
    private final Analyzer analyzer = new EnglishAnalyzer();

    @Override
    public String version() {
        return VERSION;
    }

    /** The score alone, in its band; the baseline judges no key point and raises no flag. */
    @Override
    public ScoredAnswer score(String answer, QuestionVersion question) {
        int score = score(answer, Reference.of(question));
        return new ScoredAnswer(score, ScoredAnswer.Band.of(score), List.of(), List.of(), VERSION);
    }

    /** Scores an answer from 0 (empty, or none of the reference's stems) to 100 (every one of them). */
    public int score(String answer, Reference reference) {
        Set<String> used = stems(answer);
        Set<String> inPrompt = stems(reference.prompt());
        Set<String> expected = stems(reference.modelAnswer());
        reference.keyPoints().forEach(point -> expected.addAll(stems(point)));
        int total = 0;
        int covered = 0;
        for (String stem : expected) {
            int weight = inPrompt.contains(stem) ? PROMPT_STEM_WEIGHT : STEM_WEIGHT;
            total += weight;
            if (used.contains(stem)) {
                covered += weight;
            }
        }
        return total == 0 ? 0 : (int) Math.round(100.0 * covered / total);
    }

    private Set<String> stems(String text) {
        return new HashSet<>(TextAnalysis.terms(analyzer, text));
    }

    /** What an answer is compared with: the question's prompt, its model answer and its key point texts. */
    public record Reference(String prompt, String modelAnswer, List<String> keyPoints) {
        public static Reference of(QuestionVersion version) {
            return new Reference(version.prompt, version.modelAnswer,
                    version.keyPoints.stream().map(KeyPoint::text).toList());
        }
    }
}
