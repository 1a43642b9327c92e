package dev.mockinterview.scoring.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An answer's text cut into pieces, each marked when it is the evidence of a key point, for the tag
 * {@code templates/tags/answerWithEvidence.html}: {@code {#answerWithEvidence answer=AnswerWithEvidence.of(...) /}}
 * shows it with every evidence sentence in {@code <mark class="evidence">}, all of it escaped. Evidence is a part of
 * the answer exactly as written, so it is found by position; overlapping or adjacent evidence makes one mark.
 *
 * @param pieces the whole text in order; joined they give it back unchanged
 */
public record AnswerWithEvidence(List<Piece> pieces) {

    /** A run of the answer's text, evidence or not. */
    public record Piece(String text, boolean evidence) {
    }

    /**
     * The answer with every occurrence of each evidence text marked.
     *
     * @param evidence the key points' evidence; nulls (missing key points) and blanks are skipped
     */
    public static AnswerWithEvidence of(String text, Collection<String> evidence) {
        String answer = Objects.requireNonNullElse(text, "");
        boolean[] marked = new boolean[answer.length()];
        for (String sentence : evidence) {
            if (sentence == null || sentence.isBlank()) {
                continue;
            }
            for (int at = answer.indexOf(sentence); at >= 0; at = answer.indexOf(sentence, at + 1)) {
                Arrays.fill(marked, at, at + sentence.length(), true);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= answer.length(); i++) {
            if (i == answer.length() || marked[i] != marked[start]) {
                pieces.add(new Piece(answer.substring(start, i), marked[start]));
                start = i;
            }
        }
        return new AnswerWithEvidence(List.copyOf(pieces));
    }
}
