package dev.mockinterview.scoring.pages;

import dev.mockinterview.scoring.pages.AnswerWithEvidence.Piece;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerWithEvidenceTest {

    @Test
    void evidenceSentencesAreMarkedAndTheRestKeptAsWritten() {
        String answer = "GET is idempotent. POST is not.\nRetries need keys.";

        AnswerWithEvidence pieces = AnswerWithEvidence.of(answer, Arrays.asList("POST is not.", null, ""));

        assertThat(pieces.pieces()).containsExactly(new Piece("GET is idempotent. ", false),
                new Piece("POST is not.", true), new Piece("\nRetries need keys.", false));
    }

    @Test
    void overlappingOrAdjacentEvidenceMakesOneMark() {
        String answer = "One. Two. Three. Four.";

        AnswerWithEvidence pieces = AnswerWithEvidence.of(answer, List.of("One. Two.", "Two. Three.", "Four."));

        assertThat(pieces.pieces()).containsExactly(new Piece("One. Two. Three.", true), new Piece(" ", false),
                new Piece("Four.", true));
    }

    @Test
    void anAnswerWithoutEvidenceIsOnePlainPieceAndAnEmptyOneHasNone() {
        assertThat(AnswerWithEvidence.of("I do not know.", List.of()).pieces())
                .containsExactly(new Piece("I do not know.", false));
        assertThat(AnswerWithEvidence.of(null, List.of("x")).pieces()).isEmpty();
    }
}
