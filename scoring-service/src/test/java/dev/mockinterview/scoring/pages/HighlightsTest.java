package dev.mockinterview.scoring.pages;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightsTest {

    @Test
    void eachEvidenceSentenceIsHighlightedWhereItOccursAndTheRestStaysPlain() {
        String answer = "GET is idempotent. POST is not. Retries need care.";

        List<Highlights.Segment> segments = Highlights.of(answer, Arrays.asList("POST is not.", null, "missing."));

        assertThat(segments).containsExactly(
                new Highlights.Segment("GET is idempotent. ", false),
                new Highlights.Segment("POST is not.", true),
                new Highlights.Segment(" Retries need care.", false));
    }

    @Test
    void overlappingEvidenceMakesOneHighlightAndTheSegmentsRebuildTheAnswer() {
        String answer = "One. Two. Three.";

        List<Highlights.Segment> segments = Highlights.of(answer, List.of("One. Two.", "Two.", "Three."));

        assertThat(segments).containsExactly(
                new Highlights.Segment("One. Two.", true),
                new Highlights.Segment(" ", false),
                new Highlights.Segment("Three.", true));
        assertThat(String.join("", segments.stream().map(Highlights.Segment::text).toList())).isEqualTo(answer);
    }

    @Test
    void anAnswerWithoutEvidenceIsOnePlainSegmentAndAnEmptyAnswerNone() {
        assertThat(Highlights.of("Nothing here.", List.of())).containsExactly(
                new Highlights.Segment("Nothing here.", false));
        assertThat(Highlights.of("", List.of("x"))).isEmpty();
    }
}
