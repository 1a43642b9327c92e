package dev.mockinterview.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.contracts.EventContracts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TermOverlapScorerTest {
    private static final TermOverlapScorer SCORER = new TermOverlapScorer();
    private static TermOverlapScorer.Reference reference;
    private static String modelAnswer;
    private static String candidateAnswer;

    // The canonical question and answer of the event contracts.
    @BeforeAll
    static void readTheCanonicalQuestionAndAnswer() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode question = json.readTree(EventContracts.example("question-published")).path("data");
        List<String> keyPoints = new ArrayList<>();
        question.path("keyPoints").forEach(point -> keyPoints.add(point.path("text").asText()));
        modelAnswer = question.path("modelAnswer").asText();
        reference = new TermOverlapScorer.Reference(question.path("prompt").asText(), modelAnswer, keyPoints);
        candidateAnswer = json.readTree(EventContracts.example("answer-submitted")).path("data").path("text")
                .asText();
    }

    @Test
    void restatingTheModelAnswerScoresHigh() {
        assertThat(SCORER.score(modelAnswer, reference)).isGreaterThanOrEqualTo(90);
    }

    @Test
    void aGoodAnswerInTheCandidatesOwnWordsScoresAtLeastFair() {
        assertThat(SCORER.score(candidateAnswer, reference)).isGreaterThanOrEqualTo(40);
    }

    @Test
    void anUnrelatedAnswerScoresNearZero() {
        String unrelated = "My favourite weekend hobby is baking sourdough bread and walking the dog by the river.";

        assertThat(SCORER.score(unrelated, reference)).isLessThanOrEqualTo(5);
    }

    @Test
    void anEmptyAnswerScoresZero() {
        assertThat(SCORER.score("", reference)).isZero();
        assertThat(SCORER.score("   \n\t ", reference)).isZero();
        assertThat(SCORER.score("the and of it is", reference)).isZero();
    }

    @Test
    void restatingTheQuestionEarnsLessThanAnsweringIt() {
        int restated = SCORER.score(reference.prompt(), reference);

        assertThat(restated).isLessThan(SCORER.score(candidateAnswer, reference) / 2);
    }

    @Test
    void theSameAnswerAndReferenceAlwaysGetTheSameScore() {
        int first = SCORER.score(candidateAnswer, reference);

        assertThat(new TermOverlapScorer().score(candidateAnswer, reference)).isEqualTo(first);
        assertThat(SCORER.score(candidateAnswer, reference)).isEqualTo(first);
    }
}
