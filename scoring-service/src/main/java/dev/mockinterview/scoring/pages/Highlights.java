package dev.mockinterview.scoring.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * An answer cut into the runs a page shows plain and the runs it highlights as evidence. The pieces are the answer's
 * own text, to be escaped by the template like any other text: highlighting never builds markup from the answer.
 */
public final class Highlights {
    private Highlights() {
    }

    /** A run of the answer's text, highlighted or not. */
    public record Segment(String text, boolean evidence) {
    }

    /**
     * Cuts the answer around every place each evidence sentence occurs in it; overlapping and adjacent evidence
     * makes one highlighted run. Evidence that does not occur in the answer highlights nothing.
     */
    public static List<Segment> of(String answer, Collection<String> evidence) {
        boolean[] marked = new boolean[answer.length()];
        for (String sentence : evidence) {
            if (sentence == null || sentence.isEmpty()) {
                continue;
            }
            for (int at = answer.indexOf(sentence); at >= 0; at = answer.indexOf(sentence, at + sentence.length())) {
                Arrays.fill(marked, at, at + sentence.length(), true);
            }
        }
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= answer.length(); i++) {
            if (i == answer.length() || marked[i] != marked[start]) {
                segments.add(new Segment(answer.substring(start, i), marked[start]));
                start = i;
            }
        }
        return segments;
    }
}
