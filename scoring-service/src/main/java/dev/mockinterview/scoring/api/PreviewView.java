package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.domain.ScoredAnswer;

import java.util.List;
import java.util.Locale;

/**
 * What a stored score would hold for the previewed answer: the score, its band, every key point's status
 * ({@code covered}, {@code partial} or {@code missing}) with its similarity and the answer's sentence that supports
 * it (null when missing), the flags, and the scorer version.
 */
public record PreviewView(int score, ScoredAnswer.Band band, List<KeyPointView> keyPoints,
                          List<ScoredAnswer.Flag> flags, String scorerVersion) {

    public record KeyPointView(String text, String status, double similarity, String evidence) {
    }

    static PreviewView of(ScoredAnswer scored) {
        return new PreviewView(scored.score(), scored.band(), scored.keyPoints().stream()
                .map(point -> new KeyPointView(point.text(), point.status().name().toLowerCase(Locale.ROOT),
                        point.similarity(), point.evidence()))
                .toList(), scored.flags(), scored.scorerVersion());
    }
}
