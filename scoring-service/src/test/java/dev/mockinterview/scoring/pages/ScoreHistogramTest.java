package dev.mockinterview.scoring.pages;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreHistogramTest {

    @Test
    void scoresFallInBinsOfTenPointsWithAHundredInTheLastAndOnlyNonEmptyBinsGetABar() {
        ScoreHistogram histogram = ScoreHistogram.of(List.of(0, 9, 10, 55, 59, 59, 90, 100), "q version 1");

        assertThat(histogram.bins()).extracting(ScoreHistogram.Bin::count)
                .containsExactly(2, 1, 0, 0, 0, 3, 0, 0, 0, 2);
        assertThat(histogram.bins().get(9).range()).isEqualTo("90-100");
        assertThat(histogram.bars()).extracting(ScoreHistogram.Bar::description).containsExactly(
                "Scores 0-9: 2 answers", "Scores 10-19: 1 answer", "Scores 50-59: 3 answers",
                "Scores 90-100: 2 answers");
        // The fullest bin reaches the top of the plot; the others in proportion.
        ScoreHistogram.Bar fullest = histogram.bars().get(2);
        assertThat(fullest.y()).isEqualTo(histogram.plotTop());
        assertThat(histogram.bars().get(1).height()).isEqualTo((int) Math.round(fullest.height() / 3.0));
        assertThat(histogram.yTicks()).extracting(ScoreHistogram.Tick::label).containsExactly("0", "1", "2", "3");
        assertThat(histogram.xTicks()).hasSize(11);
        assertThat(histogram.title()).isEqualTo("Histogram of 8 scores on q version 1, in bins of 10 points");
    }

    @Test
    void noScoresDrawNoBar() {
        ScoreHistogram histogram = ScoreHistogram.of(List.of(), "q version 1");

        assertThat(histogram.bars()).isEmpty();
        assertThat(histogram.bins()).allSatisfy(bin -> assertThat(bin.count()).isZero());
        assertThat(histogram.yTicks()).extracting(ScoreHistogram.Tick::label).containsExactly("0");
    }
}
