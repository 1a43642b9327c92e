package dev.mockinterview.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** How scores agree with human judgements: ranking (ROC AUC), classification at a cut-off, correlation, error. */
final class Agreement {
    private Agreement() {
    }

    /** The probability that a correct answer scores above an incorrect one, ties counting half (Mann-Whitney). */
    static double rocAuc(double[] scores, boolean[] correct) {
        double[] ranks = ranks(scores);
        long positives = 0;
        double rankSum = 0;
        for (int i = 0; i < scores.length; i++) {
            if (correct[i]) {
                positives++;
                rankSum += ranks[i];
            }
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Predicts "correct" for a score at or above the threshold. */
    static double accuracy(double[] scores, boolean[] correct, double threshold) {
        int right = 0;
        for (int i = 0; i < scores.length; i++) {
            if ((scores[i] >= threshold) == correct[i]) {
                right++;
            }
        }
        return scores.length == 0 ? Double.NaN : (double) right / scores.length;
    }

    /** The root of the mean squared difference between predictions and what they predict. */
    static double rmse(double[] predicted, double[] actual) {
        double sum = 0;
        for (int i = 0; i < predicted.length; i++) {
            sum += (predicted[i] - actual[i]) * (predicted[i] - actual[i]);
        }
        return predicted.length == 0 ? Double.NaN : Math.sqrt(sum / predicted.length);
    }

    static double pearson(double[] x, double[] y) {
        double meanX = Arrays.stream(x).average().orElse(Double.NaN);
        double meanY = Arrays.stream(y).average().orElse(Double.NaN);
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < x.length; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            varianceX += (x[i] - meanX) * (x[i] - meanX);
            varianceY += (y[i] - meanY) * (y[i] - meanY);
        }
        return covariance / Math.sqrt(varianceX * varianceY);
    }

    /** Pearson's correlation of the ranks, ties taking their mean rank. */
    static double spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    /** The value at the quantile (0..1) of the values, by the nearest-rank method. */
    static double percentile(List<Double> values, double quantile) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    // Ranks from 1, equal values sharing the mean of their ranks.
    private static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }
}
