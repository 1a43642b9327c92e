package dev.mockinterview.scoring.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What people's reviews say of the scorer on one question version, each reviewed answer by its final review: for the
 * question's authors.
 *
 * @param reviewedAnswers        answers a person reviewed
 * @param meanAbsoluteDifference mean of |final score - machine score reviewed|, to one decimal; null when none is
 * @param mostChangedKeyPoints   the key points whose status reviewers set otherwise than the machine most often, most
 *                               first, at most {@value #KEY_POINTS_LISTED}
 */
public record ReviewFigures(long reviewedAnswers, BigDecimal meanAbsoluteDifference,
                            List<ChangedKeyPoint> mostChangedKeyPoints) {
    public static final int KEY_POINTS_LISTED = 5;

    /** A key point and in how many reviewed answers its final status differs from the machine's. */
    public record ChangedKeyPoint(String text, long changed) {
    }
}
