package dev.mockinterview.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AgreementTest {
    private static final boolean[] CORRECT = {false, false, true, true};

    @Test
    void rocAucIsOneWhenEveryCorrectAnswerScoresHigherAndZeroWhenEveryOneScoresLower() {
        assertThat(Agreement.rocAuc(new double[]{10, 20, 30, 40}, CORRECT)).isEqualTo(1.0);
        assertThat(Agreement.rocAuc(new double[]{40, 30, 20, 10}, CORRECT)).isEqualTo(0.0);
    }

    @Test
    void rocAucCountsTiesHalf() {
        assertThat(Agreement.rocAuc(new double[]{50, 50, 50, 50}, CORRECT)).isEqualTo(0.5);
        assertThat(Agreement.rocAuc(new double[]{10, 30, 30, 40}, CORRECT)).isEqualTo(0.875);
    }

    @Test
    void accuracyCountsAScoreAtOrAboveTheCutOffAsCorrect() {
        double[] scores = {10, 20, 30, 40};

        assertThat(Agreement.accuracy(scores, CORRECT, 30)).isEqualTo(1.0);
        assertThat(Agreement.accuracy(scores, CORRECT, 15)).isEqualTo(0.75);
    }

    @Test
    void rmseIsTheRootOfTheMeanSquaredError() {
        assertThat(Agreement.rmse(new double[]{0.5, 1.0}, new double[]{0.5, 1.0})).isZero();
        assertThat(Agreement.rmse(new double[]{0.0, 1.0}, new double[]{0.3, 0.6})).isCloseTo(
                Math.sqrt((0.09 + 0.16) / 2), within(1e-12));
    }

    @Test
    void spearmanSeesAMonotoneRelationWherePearsonSeesACurve() {
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {1, 4, 9, 16, 100};

        assertThat(Agreement.spearman(x, y)).isCloseTo(1.0, within(1e-9));
        assertThat(Agreement.pearson(x, y)).isLessThan(0.9);
        assertThat(Agreement.pearson(x, new double[]{2, 4, 6, 8, 10})).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void percentilesUseTheNearestRank() {
        List<Double> values = List.of(5.0, 1.0, 3.0, 2.0, 4.0);

        assertThat(Agreement.percentile(values, 0.5)).isEqualTo(3.0);
        assertThat(Agreement.percentile(values, 0.99)).isEqualTo(5.0);
    }
}
