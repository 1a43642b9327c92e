package dev.mockinterview.scoring.domain;

import java.util.List;

/**
 * What a scorer finds in one answer: everything a stored score holds and the scoring preview returns.
 *
 * @param score         0 to 100
 * @param band          the score's band, from {@link Band#of(int)}
 * @param keyPoints     one finding per key point of the question version, in rubric order (empty when the scorer
 *                      does not judge key points)
 * @param flags         reasons the answer must not be praised, in {@link Flag} order
 * @param scorerVersion the scorer that produced this; stored with the score
 */
public record ScoredAnswer(int score, Band band, List<KeyPointFinding> keyPoints, List<Flag> flags,
                           String scorerVersion) {

    public ScoredAnswer {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score " + score + " is outside 0..100");
        }
        keyPoints = List.copyOf(keyPoints);
        flags = List.copyOf(flags);
    }

    /**
     * How well the answer covers one key point.
     *
     * @param evidence the answer's sentence that supports it, exactly as the candidate wrote it; null when missing
     */
    public record KeyPointFinding(String text, double weight, Coverage status, double similarity, String evidence) {
    }

    public enum Coverage { COVERED, PARTIAL, MISSING }

    /** Reasons an answer gets a low score and no praise. */
    public enum Flag { EMPTY, TOO_SHORT, OFF_TOPIC, RESTATES_QUESTION, KEYWORD_LIST, GIBBERISH }

    /** Bands of the score: below 40 weak, 40 to 59 fair, 60 to 79 good, 80 and above strong. */
    public enum Band {
        WEAK, FAIR, GOOD, STRONG;

        public static Band of(int score) {
            if (score >= 80) {
                return STRONG;
            }
            if (score >= 60) {
                return GOOD;
            }
            return score >= 40 ? FAIR : WEAK;
        }
    }
}
