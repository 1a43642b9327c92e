package dev.mockinterview.evaluation;

import dev.mockinterview.scoring.domain.ScoredAnswer;
import dev.mockinterview.scoring.domain.scorer.CreditMapping;
import dev.mockinterview.scoring.domain.scorer.RubricScorer;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fits the rubric scorer's credit mapping on graded answers (their train splits): the two cut-offs with the least
 * squared error between score/100 and the grade, each corpus weighing the same. The answers are scored once; only
 * the mapping from the findings' similarities to credit changes between candidates.
 *
 * <p>The partial cut-off stays at {@link #LOWEST_PARTIAL_AT} or more: below it, an answer to another question
 * brushes against key points often enough to earn credit for them, which the shipped bank's tests refuse.
 */
final class CreditMappingFit {
    static final double LOWEST_PARTIAL_AT = 0.30;
    private static final double HIGHEST_COVERED_AT = 0.80;
    private static final double STEP = 0.01;

    private CreditMappingFit() {
    }

    static void print(List<GradedAnswer> train, RubricScorer scorer, PrintStream out) {
        ScoredAnswer[] scored = EvaluateScorer.score(scorer, train, new ArrayList<>());
        Map<String, List<Integer>> corpora = new LinkedHashMap<>();
        for (int i = 0; i < train.size(); i++) {
            corpora.computeIfAbsent(train.get(i).corpus(), corpus -> new ArrayList<>()).add(i);
        }
        CreditMapping best = null;
        double bestError = Double.MAX_VALUE;
        for (double partialAt = LOWEST_PARTIAL_AT; partialAt < HIGHEST_COVERED_AT; partialAt += STEP) {
            for (double coveredAt = partialAt + 2 * STEP; coveredAt <= HIGHEST_COVERED_AT; coveredAt += STEP) {
                CreditMapping mapping = new CreditMapping(round(partialAt), round(coveredAt));
                double error = meanSquaredError(train, scored, corpora, new RubricScorer(null, mapping));
                if (error < bestError) {
                    bestError = error;
                    best = mapping;
                }
            }
        }
        out.printf(Locale.ROOT, "%d train answers from %s; the current mapping: %s, error %.4f%n", train.size(),
                corpora.keySet(), scorer.mapping(), meanSquaredError(train, scored, corpora, scorer));
        out.printf(Locale.ROOT, "fitted, error %.4f (mean over corpora of the mean squared error of score/100):%n",
                bestError);
        out.printf(Locale.ROOT, "partial-at=%.2f%ncovered-at=%.2f%n", best.partialAt(), best.coveredAt());
    }

    private static double meanSquaredError(List<GradedAnswer> train, ScoredAnswer[] scored,
                                           Map<String, List<Integer>> corpora, RubricScorer scorer) {
        double sum = 0;
        for (List<Integer> rows : corpora.values()) {
            double squares = 0;
            for (int i : rows) {
                Set<ScoredAnswer.Flag> flags = EnumSet.noneOf(ScoredAnswer.Flag.class);
                flags.addAll(scored[i].flags());
                double error = scorer.score(scored[i].keyPoints(), flags) / 100.0 - train.get(i).target();
                squares += error * error;
            }
            sum += squares / rows.size();
        }
        return sum / corpora.size();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
