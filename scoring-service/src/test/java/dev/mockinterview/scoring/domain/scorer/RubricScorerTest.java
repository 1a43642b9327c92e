package dev.mockinterview.scoring.domain.scorer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.contracts.EventContracts;
import dev.mockinterview.scoring.domain.KeyPoint;
import dev.mockinterview.scoring.domain.QuestionVersion;
import dev.mockinterview.scoring.domain.ScoredAnswer;
import dev.mockinterview.scoring.domain.ScoredAnswer.Band;
import dev.mockinterview.scoring.domain.ScoredAnswer.Coverage;
import dev.mockinterview.scoring.domain.ScoredAnswer.Flag;
import dev.mockinterview.scoring.domain.ScoredAnswer.KeyPointFinding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

class RubricScorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SHIPPED_BANK =
            Path.of("../question-service/src/main/resources/banks/backend-engineer.json");
    private static final SentenceEmbedder EMBEDDER = new MiniLmEmbedder();
    private static final RubricScorer SCORER = new RubricScorer(EMBEDDER);
    private static String prompt;
    private static String modelAnswer;
    private static List<KeyPoint> keyPoints;
    private static String candidateAnswer;

    // The canonical question and answer of the event contracts: which HTTP methods are idempotent, and why.
    @BeforeAll
    static void readTheCanonicalQuestionAndAnswer() throws Exception {
        JsonNode question = JSON.readTree(EventContracts.example("question-published")).path("data");
        prompt = question.path("prompt").asText();
        modelAnswer = question.path("modelAnswer").asText();
        keyPoints = new ArrayList<>();
        for (JsonNode point : question.path("keyPoints")) {
            List<String> alternatives = new ArrayList<>();
            point.path("alternatives").forEach(alternative -> alternatives.add(alternative.asText()));
            keyPoints.add(new KeyPoint(point.path("text").asText(), point.path("weight").asDouble(), alternatives));
        }
        candidateAnswer = JSON.readTree(EventContracts.example("answer-submitted")).path("data").path("text")
                .asText();
    }

    @Test
    void theModelAnswerCoversEveryKeyPointAndScoresStrong() {
        ScoredAnswer scored = SCORER.score(modelAnswer, question(keyPoints));

        assertThat(scored.keyPoints()).extracting(KeyPointFinding::status).containsOnly(Coverage.COVERED);
        assertThat(scored.band()).isEqualTo(Band.STRONG);
        assertThat(scored.flags()).isEmpty();
        assertThat(scored.scorerVersion()).isEqualTo(RubricScorer.VERSION);
    }

    @Test
    void aGoodAnswerInOtherWordsCoversTheKeyPoints() {
        String answer = "Reading with GET, replacing with PUT or removing with DELETE can be repeated safely: doing "
                + "it twice has the same effect on the server as doing it once. POST is different, every call may "
                + "add another order. So when a request times out the client may resend a GET, but resending a "
                + "POST could charge the customer twice, unless the server deduplicates it by a key the client "
                + "sends along.";

        ScoredAnswer scored = SCORER.score(answer, question(keyPoints));

        assertThat(scored.keyPoints()).extracting(KeyPointFinding::status).doesNotContain(Coverage.MISSING);
        assertThat(scored.keyPoints()).extracting(KeyPointFinding::status).contains(Coverage.COVERED);
        assertThat(scored.score()).isGreaterThanOrEqualTo(40);
        assertThat(scored.flags()).isEmpty();
    }

    @Test
    void theEvidenceOfAKeyPointIsASentenceOfTheAnswerOrTwoAdjacentOnesExactlyAsWritten() {
        String answer = "Idempotent  methods are GET, PUT and DELETE; POST isn't.\n- A retried POST may create a "
                + "duplicate order!\n- Sending an idempotency key lets the server spot the retry.";

        ScoredAnswer scored = SCORER.score(answer, question(keyPoints));

        List<String> sentences = List.of("Idempotent  methods are GET, PUT and DELETE;", "POST isn't.",
                "A retried POST may create a duplicate order!",
                "Sending an idempotency key lets the server spot the retry.");
        List<String> evidence = new ArrayList<>(sentences);
        for (int i = 0; i + 1 < sentences.size(); i++) {
            evidence.add(answer.substring(answer.indexOf(sentences.get(i)),
                    answer.indexOf(sentences.get(i + 1)) + sentences.get(i + 1).length()));
        }
        assertThat(scored.keyPoints()).filteredOn(point -> point.status() != Coverage.MISSING).isNotEmpty()
                .allSatisfy(point -> assertThat(evidence).contains(point.evidence()));
        assertThat(scored.keyPoints()).filteredOn(point -> point.status() == Coverage.MISSING)
                .allSatisfy(point -> assertThat(point.evidence()).isNull());
    }

    @Test
    void anEmptyAnswerScoresZeroAndIsFlaggedEmpty() {
        for (String empty : List.of("", "   \n\t ", "... ?!")) {
            ScoredAnswer scored = SCORER.score(empty, question(keyPoints));

            assertThat(scored.score()).as(empty).isZero();
            assertThat(scored.flags()).as(empty).containsExactly(Flag.EMPTY);
            assertThat(scored.keyPoints()).extracting(KeyPointFinding::status).containsOnly(Coverage.MISSING);
        }
    }

    @Test
    void sayingThereIsNoAnswerScoresZeroAndIsFlaggedEmpty() {
        for (String nonAnswer : List.of("No answer.", "I don't know", "n/a", "?", "Skip", "No response")) {
            ScoredAnswer scored = SCORER.score(nonAnswer, question(keyPoints));

            assertThat(scored.score()).as(nonAnswer).isZero();
            assertThat(scored.flags()).as(nonAnswer).containsExactly(Flag.EMPTY);
        }
    }

    // The model's work grows with the words it reads, and a little with each text it is handed. The costliest shapes
    // of the longest answer allowed (prose cut into three-word lines, each a sentence; one run-on sentence; plain
    // prose) make it read at most three times the words of a typical 150-word answer, in at most maxSentences
    // texts (the bank's sentences are long: 5 in 150 words). The prose is the shipped bank's model answers: real
    // sentences, not a few words repeated (that is GIBBERISH, never embedded).
    @Test
    void noAnswerCostsTheModelMoreThanThreeTypicalAnswersWhateverItsShape() throws Exception {
        StringBuilder bank = new StringBuilder();
        JSON.readTree(SHIPPED_BANK.toFile()).path("questions")
                .forEach(question -> bank.append(question.path("modelAnswer").asText()).append(' '));
        String[] words = bank.toString().split("\\s+");
        Work typical = workOf(String.join(" ", Arrays.copyOf(words, 150)));
        String lines = upTo(10_000, words, index -> index % 3 == 2 ? "\n" : " ");
        String runOn = upTo(10_000, words, index -> " ").replaceAll("[.!?;:]", ",");
        String prose = upTo(10_000, words, index -> " ");

        assertThat(typical.texts()).isBetween(5, 12);
        assertThat(lines.split("\n")).hasSizeGreaterThan(500);
        for (String costliest : List.of(lines, runOn, prose)) {
            Work work = workOf(costliest);
            assertThat(work.texts()).isBetween(1, RubricScorer.Settings.DEFAULTS.maxSentences());
            assertThat(work.words()).isLessThanOrEqualTo(3 * typical.words());
        }
    }

    // The words in order, each followed by its separator, up to the given length.
    private static String upTo(int length, String[] words, IntFunction<String> separator) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() + words[i].length() < length; i++) {
            text.append(words[i]).append(separator.apply(i));
        }
        return text.toString().strip();
    }

    private record Work(int texts, long words) {
    }

    private Work workOf(String answer) {
        CountingEmbedder counting = new CountingEmbedder(EMBEDDER);
        RubricScorer scorer = new RubricScorer(counting);
        QuestionVersion version = question(keyPoints);
        scorer.prepare(version);
        counting.texts.clear();
        ScoredAnswer scored = scorer.score(answer, version);
        assertThat(scored.keyPoints()).hasSize(keyPoints.size());
        return new Work(counting.texts.size(),
                counting.texts.stream().mapToLong(text -> text.split("\\s+").length).sum());
    }

    @Test
    void gibberishScoresZeroAndIsFlaggedGibberish() {
        for (String gibberish : List.of("asdkj qwpoe zxmnvb lkjhgf poiuyt", "blorf snazzle wuggle frimp",
                "lorem lorem lorem lorem lorem lorem lorem lorem")) {
            ScoredAnswer scored = SCORER.score(gibberish, question(keyPoints));

            assertThat(scored.score()).as(gibberish).isZero();
            assertThat(scored.flags()).as(gibberish).containsExactly(Flag.GIBBERISH);
        }
    }

    @Test
    void theQuestionCopiedBackScoresLowAndIsFlagged() {
        ScoredAnswer scored = SCORER.score(prompt, question(keyPoints));

        assertThat(scored.flags()).contains(Flag.RESTATES_QUESTION);
        assertThat(scored.band()).isEqualTo(Band.WEAK);
    }

    @Test
    void aBareListOfTheRightKeywordsScoresLowAndIsFlagged() {
        String keywords = "GET, PUT, DELETE, POST, idempotency key, retries, duplicates, server state";

        ScoredAnswer scored = SCORER.score(keywords, question(keyPoints));

        assertThat(scored.flags()).contains(Flag.KEYWORD_LIST);
        assertThat(scored.band()).isEqualTo(Band.WEAK);
    }

    @Test
    void anOffTopicAnswerScoresLowAndIsFlagged() {
        String offTopic = "My favourite weekend hobby is baking sourdough bread and walking the dog by the river.";

        ScoredAnswer scored = SCORER.score(offTopic, question(keyPoints));

        assertThat(scored.flags()).contains(Flag.OFF_TOPIC);
        assertThat(scored.score()).isLessThanOrEqualTo(10);
    }

    @Test
    void aTwoWordAnswerIsTooShortToPraise() {
        ScoredAnswer scored = SCORER.score("GET, PUT.", question(keyPoints));

        assertThat(scored.flags()).contains(Flag.TOO_SHORT);
        assertThat(scored.band()).isEqualTo(Band.WEAK);
    }

    @Test
    void theSameAnswerAndQuestionVersionGiveTheSameResultByteForByte() throws Exception {
        String first = JSON.writeValueAsString(SCORER.score(candidateAnswer, question(keyPoints)));

        String again = JSON.writeValueAsString(new RubricScorer(new MiniLmEmbedder())
                .score(candidateAnswer, question(keyPoints)));

        assertThat(again).isEqualTo(first);
        assertThat(JSON.writeValueAsString(SCORER.score(candidateAnswer, question(keyPoints)))).isEqualTo(first);
    }

    // A model answer is an example, not a checklist: making the gist of any of its sentences makes the point.
    @Test
    void withoutKeyPointsTheModelAnswerIsTheOneKeyPointAndAnyOfItsSentencesMayMakeIt() {
        ScoredAnswer scored = SCORER.score("Retrying a POST after a timeout can create a duplicate unless the server "
                + "supports an idempotency key.", question(List.of()));

        assertThat(scored.keyPoints()).extracting(KeyPointFinding::text).containsExactly(modelAnswer.strip());
        assertThat(scored.keyPoints()).extracting(KeyPointFinding::status).containsExactly(Coverage.COVERED);
        assertThat(scored.score()).isGreaterThanOrEqualTo(90);
        assertThat(SCORER.score("Caching makes the pages faster to load in the browser.", question(List.of()))
                .score()).isLessThanOrEqualTo(20);
    }

    @Test
    void aPreparedVersionEmbedsOnlyTheAnswerWhenScoring() {
        CountingEmbedder counting = new CountingEmbedder(EMBEDDER);
        RubricScorer scorer = new RubricScorer(counting);
        QuestionVersion version = question(keyPoints);
        scorer.prepare(version);
        List<String> preparedTexts = List.copyOf(counting.texts);
        counting.texts.clear();

        scorer.score("GET is idempotent. POST is not.", version);
        scorer.score(candidateAnswer, version);

        assertThat(preparedTexts).contains(prompt, keyPoints.get(0).text(), keyPoints.get(0).alternatives().get(0));
        assertThat(counting.texts).doesNotContainAnyElementsOf(preparedTexts)
                .contains("GET is idempotent.", "POST is not.");
    }

    @Test
    void storedEmbeddingsReadBackGiveTheSameScore() throws Exception {
        QuestionVersion version = question(keyPoints);
        SCORER.prepare(version);
        QuestionVersion stored = question(keyPoints);
        stored.rubricEmbeddings = JSON.readValue(JSON.writeValueAsString(version.rubricEmbeddings),
                RubricEmbeddings.class);

        assertThat(JSON.writeValueAsString(SCORER.score(candidateAnswer, stored)))
                .isEqualTo(JSON.writeValueAsString(SCORER.score(candidateAnswer, version)));
    }

    private static QuestionVersion question(List<KeyPoint> points) {
        QuestionVersion version = new QuestionVersion();
        version.questionId = "idempotent-http-methods";
        version.version = 1;
        version.prompt = prompt;
        version.modelAnswer = modelAnswer;
        version.keyPoints = points;
        return version;
    }

    private static final class CountingEmbedder implements SentenceEmbedder {
        private final SentenceEmbedder delegate;
        private final List<String> texts = new ArrayList<>();

        CountingEmbedder(SentenceEmbedder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String model() {
            return delegate.model();
        }

        @Override
        public float[] embed(String text) {
            texts.add(text);
            return delegate.embed(text);
        }
    }
}
