package dev.mockinterview.scoring.domain.scorer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextAnalysisTest {
    private final TextAnalysis analysis = new TextAnalysis();

    @Test
    void sentencesEndAtTerminalPunctuationAndLineBreaksButNotAtAbbreviations() {
        String text = "Use a key, e.g. a UUID. Retry it!  Is that safe? Yes; always\n\n- first item\n2) second item";

        assertThat(analysis.sentences(text)).extracting(TextAnalysis.Sentence::text).containsExactly(
                "Use a key, e.g. a UUID.", "Retry it!", "Is that safe?", "Yes;", "always", "first item",
                "second item");
    }

    @Test
    void eachSentenceIsTheAnswersOwnTextAtItsPosition() {
        String text = "  GET is safe.\n   * PUT replaces the resource.  ";

        for (TextAnalysis.Sentence sentence : analysis.sentences(text)) {
            assertThat(text.substring(sentence.start(), sentence.start() + sentence.text().length()))
                    .isEqualTo(sentence.text());
        }
        assertThat(analysis.sentences(text)).hasSize(2);
    }

    @Test
    void blankOrPunctuationOnlyTextHasNoSentences() {
        assertThat(analysis.sentences(" \n ... \n")).isEmpty();
    }

    @Test
    void contentStemsLeaveOutFunctionWordsAndAreSorted() {
        assertThat(analysis.stems("The servers were retrying the requests because they timed out"))
                .containsExactly("request", "retri", "server", "time");
    }
}
