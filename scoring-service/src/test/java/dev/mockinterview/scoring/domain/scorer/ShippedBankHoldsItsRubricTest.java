package dev.mockinterview.scoring.domain.scorer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.scoring.domain.KeyPoint;
import dev.mockinterview.scoring.domain.QuestionVersion;
import dev.mockinterview.scoring.domain.ScoredAnswer;
import dev.mockinterview.scoring.domain.ScoredAnswer.Coverage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every question of the bank question-service ships, scored against its own rubric: the answers its author would
 * expect to score high score high, and the ones that must not be praised do not. A failing check lists every
 * question at fault.
 */
class ShippedBankHoldsItsRubricTest {
    private static final Path BANK = Path.of("../question-service/src/main/resources/banks/backend-engineer.json");
    private static final int LONGEST_ANSWER = 10_000;
    private static final RubricScorer SCORER = new RubricScorer(new RememberingEmbedder(new MiniLmEmbedder()));
    private static final TextAnalysis ANALYSIS = new TextAnalysis();
    private static final List<QuestionVersion> QUESTIONS = new ArrayList<>();
    private static final Map<QuestionVersion, String> TOPICS = new IdentityHashMap<>();
    // Where rubric-embedding-3 still falls short (see the README's scoring section): a key point the model answer
    // makes in other words than MiniLM matches (similarity 0.33-0.47), a first half that already makes most points,
    // another topic's answer close to one point. Shrink it as the scorer improves; never grow it.
    private static final Map<String, Set<String>> KNOWN_GAPS = Map.of(
            "model answer", Set.of("api-error-handling", "design-patterns-in-practice", "message-delivery-guarantees",
                    "authentication-vs-authorization", "liveness-vs-readiness-probes"),
            "first half", Set.of("database-indexing", "replication-and-read-consistency", "lost-updates-and-locking",
                    "sharding-and-partitioning"),
            "another topic", Set.of("middleware-pipeline", "api-error-handling"));

    @BeforeAll
    static void readTheShippedBank() throws Exception {
        for (JsonNode question : new ObjectMapper().readTree(BANK.toFile()).path("questions")) {
            QuestionVersion version = new QuestionVersion();
            version.questionId = question.path("id").asText();
            version.version = 1;
            version.prompt = question.path("prompt").asText();
            version.modelAnswer = question.path("modelAnswer").asText();
            version.keyPoints = new ArrayList<>();
            for (JsonNode point : question.path("keyPoints")) {
                List<String> alternatives = new ArrayList<>();
                point.path("alternatives").forEach(alternative -> alternatives.add(alternative.asText()));
                version.keyPoints.add(new KeyPoint(point.path("text").asText(), point.path("weight").asDouble(),
                        alternatives));
            }
            SCORER.prepare(version);
            QUESTIONS.add(version);
            TOPICS.put(version, question.path("topic").asText());
        }
    }

    @Test
    void theModelAnswerScoresAtLeast90() {
        holdsOnEveryQuestionButTheKnownGaps("model answer", question -> question.modelAnswer,
                (question, scored) -> scored.score() >= 90);
    }

    @Test
    void theKeyPointsWrittenOutAsSentencesScoreAtLeast90() {
        holdsOnEveryQuestionButTheKnownGaps("key points", question -> question.keyPoints.stream()
                .map(point -> point.text() + ".").collect(Collectors.joining(" ")),
                (question, scored) -> scored.score() >= 90);
    }

    @Test
    void theFirstHalfOfTheModelAnswerScoresBetween30And75() {
        holdsOnEveryQuestionButTheKnownGaps("first half", question -> firstHalf(question.modelAnswer),
                (question, scored) -> scored.score() >= 30 && scored.score() <= 75);
    }

    // The next question of the bank on another topic: a question on the same topic may well share a key point.
    @Test
    void anotherTopicsModelAnswerScoresAtMost20AndCoversNoKeyPoint() {
        holdsOnEveryQuestionButTheKnownGaps("another topic", question -> nextOnAnotherTopic(question).modelAnswer,
                (question, scored) -> scored.score() <= 20 && scored.keyPoints().stream()
                        .noneMatch(point -> point.status() == Coverage.COVERED));
    }

    @Test
    void thePromptCopiedBackScoresAtMost20AndIsFlagged() {
        holdsOnEveryQuestionButTheKnownGaps("prompt", question -> question.prompt,
                (question, scored) -> scored.score() <= 20 && !scored.flags().isEmpty());
    }

    // Every other question's model answer pasted together, cut to the longest answer allowed: it says everything
    // about back ends, and must not earn credit for coming near a key point somewhere in its bulk.
    @Test
    void theKitchenSinkAnswerScoresAtMost20OnEveryQuestion() {
        holdsOnEveryQuestionButTheKnownGaps("kitchen sink", question -> {
            String all = QUESTIONS.stream().filter(other -> other != question).map(other -> other.modelAnswer)
                    .collect(Collectors.joining("\n"));
            return all.substring(0, Math.min(LONGEST_ANSWER, all.length()));
        }, (question, scored) -> scored.score() <= 20);
    }

    // A check that fails on a question not in KNOWN_GAPS fails the test; one that now holds on a known gap is
    // reported, so that the gap is struck off the list.
    private static void holdsOnEveryQuestionButTheKnownGaps(String check, Function<QuestionVersion, String> answer,
                                                          BiPredicate<QuestionVersion, ScoredAnswer> holds) {
        Set<String> known = KNOWN_GAPS.getOrDefault(check, Set.of());
        List<String> failures = new ArrayList<>();
        for (QuestionVersion question : QUESTIONS) {
            ScoredAnswer scored = SCORER.score(answer.apply(question), question);
            if (!holds.test(question, scored) && !known.contains(question.questionId)) {
                failures.add(describe(question, scored));
            } else if (holds.test(question, scored) && known.contains(question.questionId)) {
                System.out.println(check + ": " + question.questionId + " holds now; strike it off KNOWN_GAPS");
            }
        }
        assertThat(failures).as(check).isEmpty();
    }

    private static QuestionVersion nextOnAnotherTopic(QuestionVersion question) {
        int at = QUESTIONS.indexOf(question);
        for (int k = 1; ; k++) {
            QuestionVersion other = QUESTIONS.get((at + k) % QUESTIONS.size());
            if (!TOPICS.get(other).equals(TOPICS.get(question))) {
                return other;
            }
        }
    }

    // The model answer's first sentences, up to half its length.
    private static String firstHalf(String modelAnswer) {
        List<TextAnalysis.Sentence> sentences = ANALYSIS.sentences(modelAnswer);
        StringBuilder half = new StringBuilder();
        for (TextAnalysis.Sentence sentence : sentences) {
            if (half.length() + sentence.text().length() > modelAnswer.length() / 2 && !half.isEmpty()) {
                break;
            }
            half.append(half.isEmpty() ? "" : " ").append(sentence.text());
        }
        return half.toString();
    }

    private static String describe(QuestionVersion question, ScoredAnswer scored) {
        return question.questionId + ": " + scored.score() + " " + scored.flags() + " " + scored.keyPoints().stream()
                .map(point -> point.status() + "@" + point.similarity()).toList();
    }

    // The same sentence is embedded once for the whole class: the kitchen-sink answers share most of theirs.
    private record RememberingEmbedder(SentenceEmbedder embedder, Map<String, float[]> vectors)
            implements SentenceEmbedder {
        RememberingEmbedder(SentenceEmbedder embedder) {
            this(embedder, new ConcurrentHashMap<>());
        }

        @Override
        public String model() {
            return embedder.model();
        }

        @Override
        public float[] embed(String text) {
            return vectors.computeIfAbsent(text, embedder::embed);
        }
    }
}
