package dev.mockinterview.scoring.pages;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores of 0 to 100 counted in bins of 10 points (the last, 90-100, also holds 100), and the geometry of the bar
 * chart the question version page draws from them as inline SVG: one bar per bin that holds a score, a score axis
 * under the bars and an answers axis beside them. Drawn on the server so the chart needs no script.
 *
 * @param bins   all ten, in score order, the empty ones too (the table beside the chart lists them)
 * @param bars   the non-empty bins' bars
 * @param xTicks the score axis's labels, at every 10 points
 * @param yTicks the answers axis's labels, from 0 to the fullest bin's count
 * @param title  what the chart shows, for its title and label
 */
public record ScoreHistogram(List<Bin> bins, List<Bar> bars, List<Tick> xTicks, List<Tick> yTicks, String title,
                             int width, int height, int plotLeft, int plotTop, int plotRight, int plotBottom) {
    static final int BIN_WIDTH = 10;
    private static final int BINS = 10;
    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    private static final int LEFT = 60;
    private static final int RIGHT = 620;
    private static final int TOP = 20;
    private static final int BOTTOM = 250;
    private static final int GAP = 4;

    /** One bin: its range as shown ("40-49") and how many scores fall in it. */
    public record Bin(String range, int count) {
    }

    /** A bar in SVG user units, with what it stands for in words. */
    public record Bar(int x, int y, int width, int height, int count, String description) {
    }

    /** A label on an axis, at a position along it. */
    public record Tick(int x, int y, String label) {
    }

    /** The histogram of the scores, described as scores of what the title names. */
    static ScoreHistogram of(List<Integer> scores, String what) {
        int[] counts = new int[BINS];
        scores.forEach(score -> counts[Math.min(score / BIN_WIDTH, BINS - 1)]++);
        int fullest = 0;
        for (int count : counts) {
            fullest = Math.max(fullest, count);
        }
        double binWidth = (RIGHT - LEFT) / (double) BINS;
        List<Bin> bins = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < BINS; i++) {
            String range = i * BIN_WIDTH + "-" + (i == BINS - 1 ? 100 : i * BIN_WIDTH + BIN_WIDTH - 1);
            bins.add(new Bin(range, counts[i]));
            if (counts[i] > 0) {
                int barHeight = (int) Math.round((BOTTOM - TOP) * counts[i] / (double) fullest);
                bars.add(new Bar((int) Math.round(LEFT + i * binWidth + GAP / 2.0), BOTTOM - barHeight,
                        (int) Math.round(binWidth - GAP), barHeight, counts[i],
                        "Scores " + range + ": " + counts[i] + (counts[i] == 1 ? " answer" : " answers")));
            }
        }
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i <= BINS; i++) {
            xTicks.add(new Tick((int) Math.round(LEFT + i * binWidth), BOTTOM + 18, String.valueOf(i * BIN_WIDTH)));
        }
        List<Tick> yTicks = new ArrayList<>();
        int step = Math.max(1, (int) Math.ceil(fullest / 5.0));
        for (int count = 0; count < fullest + step; count += step) {
            // The top label is the fullest bin's count, whatever the step.
            int shown = Math.min(count, fullest);
            yTicks.add(new Tick(LEFT - 8,
                    fullest == 0 ? BOTTOM : (int) Math.round(BOTTOM - (BOTTOM - TOP) * shown / (double) fullest),
                    String.valueOf(shown)));
        }
        String title = "Histogram of " + scores.size() + (scores.size() == 1 ? " score" : " scores") + " on " + what
                + ", in bins of " + BIN_WIDTH + " points";
        return new ScoreHistogram(List.copyOf(bins), List.copyOf(bars), List.copyOf(xTicks), List.copyOf(yTicks),
                title, WIDTH, HEIGHT, LEFT, TOP, RIGHT, BOTTOM);
    }
}
