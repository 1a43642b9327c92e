package dev.mockinterview.scoring.domain.scorer;

import dev.mockinterview.scoring.domain.ScoredAnswer.Coverage;
import dev.mockinterview.scoring.domain.ScoredAnswer.Flag;
import dev.mockinterview.scoring.domain.ScoredAnswer.KeyPointFinding;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CreditMappingTest {
    private static final CreditMapping SHIPPED = CreditMapping.of(RubricScorer.VERSION);
    // Scores findings only; it embeds nothing.
    private static final RubricScorer SCORER = new RubricScorer(null, SHIPPED);

    @Test
    void aCoveredPointEarnsNearlyAllItsWeightAPartialOneAboutHalfAMissingOneNearlyNothing() {
        for (int i = 0; i <= 1000; i++) {
            double similarity = i / 1000.0;
            double credit = SHIPPED.credit(similarity);
            switch (SHIPPED.status(similarity)) {
                case COVERED -> assertThat(credit).as("at %s", similarity).isBetween(0.9, 1.0);
                case PARTIAL -> assertThat(credit).as("at %s", similarity).isBetween(0.4, 0.6);
                case MISSING -> assertThat(credit).as("at %s", similarity).isBetween(0.0, 0.1);
            }
        }
    }

    @Test
    void aCloserMatchNeverEarnsLess() {
        double previous = -1;
        for (int i = 0; i <= 1000; i++) {
            double credit = SHIPPED.credit(i / 1000.0);
            assertThat(credit).isGreaterThan(previous);
            previous = credit;
        }
    }

    @Test
    void anAnswerWhoseKeyPointsAreAllCoveredScoresAtLeast90() {
        List<KeyPointFinding> findings = List.of(finding(1, SHIPPED.coveredAt()), finding(1.5, SHIPPED.coveredAt()),
                finding(0.5, SHIPPED.coveredAt()));

        assertThat(SCORER.score(findings, Set.of())).isGreaterThanOrEqualTo(90);
    }

    // The case that showed the old scorer's two stories: covered, covered, partial, covered, missing, weights 1, 1, 1,
    // 0.5, 0.5, at similarities a paraphrase reaches. It scored 55, FAIR; 3.5 of the 4 weights are covered or half.
    @Test
    void theScoreIsTheShareOfTheWeightTheStatusesEarn() {
        List<KeyPointFinding> findings = List.of(finding(1, 0.6), finding(1, 0.62), finding(1, 0.45),
                finding(0.5, 0.58), finding(0.5, 0.2));

        int score = SCORER.score(findings, Set.of());

        assertThat(findings).extracting(KeyPointFinding::status).containsExactly(Coverage.COVERED, Coverage.COVERED,
                Coverage.PARTIAL, Coverage.COVERED, Coverage.MISSING);
        // covered 2.5 x (0.9..1) + partial 1 x (0.4..0.6) + missing 0.5 x (0..0.1), out of 4
        assertThat(score).isBetween(66, 78);
    }

    @Test
    void aFlaggedAnswerKeepsAtMost20AndAnEmptyOneNothing() {
        List<KeyPointFinding> findings = List.of(finding(1, 0.9), finding(1, 0.9));

        assertThat(SCORER.score(findings, EnumSet.of(Flag.KEYWORD_LIST))).isLessThanOrEqualTo(20);
        assertThat(SCORER.score(findings, EnumSet.of(Flag.EMPTY))).isZero();
    }

    private static KeyPointFinding finding(double weight, double similarity) {
        return new KeyPointFinding("a key point", weight, SHIPPED.status(similarity), similarity, null);
    }
}
