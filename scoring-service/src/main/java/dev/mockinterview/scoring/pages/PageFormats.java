package dev.mockinterview.scoring.pages;

import dev.mockinterview.scoring.domain.Assessment;
import dev.mockinterview.scoring.domain.ScoredAnswer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How scoring's pages write figures: scores, similarities, durations, times (UTC), statuses as words and assessments.
 */
public final class PageFormats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private PageFormats() {
    }

    /** "2026-11-23 10:00 UTC", or an empty text for no time. */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** "1 min 35 s", "40 s". */
    public static String duration(long millis) {
        long seconds = Math.round(millis / 1000.0);
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    /** Two decimals: "0.72". */
    public static String similarity(double similarity) {
        return String.format(Locale.ROOT, "%.2f", similarity);
    }

    /** A score as stored (one decimal for overall and topic scores), or an empty text while there is none. */
    public static String score(BigDecimal score) {
        return score == null ? "" : score.toPlainString();
    }

    /** The band of an overall score, which is the band its rounded value falls in. */
    public static ScoredAnswer.Band band(BigDecimal score) {
        return ScoredAnswer.Band.of(score.setScale(0, RoundingMode.HALF_UP).intValue());
    }

    /** The title of the assessment a session was taken for, or "Practice" for none. */
    public static String assessment(Assessment assessment) {
        return assessment == null ? "Practice" : assessment.title();
    }

    /** Lower case, as the pages write statuses, bands and flags: "covered", "strong", "too short". */
    public static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
