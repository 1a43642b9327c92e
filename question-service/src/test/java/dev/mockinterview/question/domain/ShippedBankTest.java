package dev.mockinterview.question.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The back-end engineer bank that ships with the service keeps to the rules written for its content. */
class ShippedBankTest {
    private static final String RESOURCE = "banks/backend-engineer.json";
    private static final Pattern SLUG = Pattern.compile(Slugs.SLUG);
    private static final Pattern LOWERCASE_TAG = Pattern.compile("^[a-z0-9]+([-.][a-z0-9]+)*$");
    private static final Set<String> STOP_WORDS = Set.of("that", "this", "with", "from", "their", "them", "they",
            "have", "into", "only", "what", "when", "each", "every", "must", "your", "than", "then", "such",
            "over", "more", "also", "does", "used", "uses", "using", "rather", "other", "same", "should", "while",
            "which", "about", "after", "before", "instead");

    /** Every subject the bank must cover, with the questions that cover it. */
    private static final Map<String, List<String>> REQUIRED_SUBJECTS = subjects(
            "REST versus GraphQL", "rest-vs-graphql",
            "microservices versus a monolith", "monolith-vs-microservices",
            "securing an API and its common vulnerabilities", "securing-a-public-api",
            "database normalization and its downsides", "database-normalization",
            "optimizing back-end performance", "diagnosing-slow-endpoint",
            "API versioning", "api-versioning",
            "the CAP theorem", "cap-theorem",
            "middleware", "middleware-pipeline",
            "state in a stateless application", "stateless-service-state",
            "error handling", "api-error-handling",
            "logging and monitoring", "logging-and-monitoring, slos-and-alerting",
            "synchronous versus asynchronous programming", "blocking-vs-non-blocking-io, sync-vs-async-processing",
            "containers and Docker", "containers-and-docker",
            "data migrations in production", "zero-downtime-schema-migration",
            "design patterns", "design-patterns-in-practice",
            "scalability under load", "scaling-under-load, load-balancing",
            "caching and invalidation", "caching-and-invalidation",
            "message queues and delivery guarantees", "message-delivery-guarantees, message-ordering-and-partitions",
            "idempotency", "idempotent-http-methods, message-delivery-guarantees",
            "database indexing", "database-indexing",
            "transactions and isolation levels", "transaction-isolation-levels",
            "rate limiting", "rate-limiting",
            "authentication versus authorization (OAuth 2.0, OIDC, JWT)",
            "authentication-vs-authorization, jwt-validation-and-revocation",
            "replication and consistency", "replication-and-read-consistency",
            "distributed tracing", "distributed-tracing",
            "testing strategy", "backend-testing-strategy, contract-testing-between-services",
            "connection pooling", "connection-pooling",
            "N+1 queries", "n-plus-one-queries",
            "pagination", "cursor-vs-offset-pagination",
            "circuit breakers and retries with backoff", "retries-backoff-circuit-breakers",
            "eventual consistency and the outbox", "transactional-outbox, saga-pattern",
            "observability and SLOs", "slos-and-alerting",
            "concurrency and race conditions", "lost-updates-and-locking",
            "sharding and partitioning", "sharding-and-partitioning",
            "zero-downtime deploys", "zero-downtime-deployments, graceful-shutdown",
            "secrets management", "secrets-management");

    private static QuestionBank bank;
    private static List<QuestionBank.Entry> questions;

    @BeforeAll
    static void readTheShippedBank() throws IOException {
        try (InputStream in = ShippedBankTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
            bank = new ObjectMapper().readValue(in, QuestionBank.class);
        }
        questions = bank.questions();
    }

    @Test
    void theBankIsForTheBackEndEngineerRoleAndHoldsAtLeast40Questions() {
        assertThat(bank.role()).isEqualTo("backend-engineer");
        assertThat(questions).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void theBankPassesTheImportChecksThatRunOnFirstStart() throws IOException {
        try (InputStream in = ShippedBankTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(QuestionBanks.schemaViolations(new ObjectMapper().readTree(in))).isEmpty();
        }
    }

    @Test
    void idsAreUniqueReadableSlugsOfAtMost80Characters() {
        assertThat(questions).extracting(QuestionBank.Entry::id).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches(SLUG).hasSizeLessThanOrEqualTo(80));
    }

    @Test
    void promptsAreUniqueCompleteQuestionsOfAtMost2000Characters() {
        assertThat(questions).extracting(entry -> normalised(entry.prompt())).doesNotHaveDuplicates();
        questions.forEach(entry -> assertThat(entry.prompt()).as(entry.id())
                .isNotBlank().hasSizeLessThanOrEqualTo(2000).matches("(?s).*[?.]$"));
    }

    @Test
    void noTwoPromptsShareMostOfTheirWords() {
        for (int i = 0; i < questions.size(); i++) {
            for (int j = i + 1; j < questions.size(); j++) {
                Set<String> first = words(questions.get(i).prompt());
                Set<String> second = words(questions.get(j).prompt());
                long shared = first.stream().filter(second::contains).count();
                long all = first.size() + second.size() - shared;
                assertThat((double) shared / all).as(questions.get(i).id() + " and " + questions.get(j).id())
                        .isLessThan(0.5);
            }
        }
    }

    @Test
    void topicsAreConsistentKebabCaseSlugsSharedByRelatedQuestions() {
        questions.forEach(entry -> assertThat(entry.topic()).as(entry.id()).matches(SLUG));
        Map<String, Long> perTopic = questions.stream()
                .collect(Collectors.groupingBy(QuestionBank.Entry::topic, Collectors.counting()));
        assertThat(perTopic.values()).as("questions per topic %s", perTopic).allMatch(count -> count >= 1);
        assertThat(perTopic).as("related questions are grouped under a few topics").hasSizeLessThanOrEqualTo(15);
    }

    @Test
    void difficultiesAreJuniorMidOrSeniorWithEveryLevelWellRepresented() {
        assertThat(questions).extracting(QuestionBank.Entry::difficulty).containsOnly("junior", "mid", "senior");
        Map<String, Long> perDifficulty = questions.stream()
                .collect(Collectors.groupingBy(QuestionBank.Entry::difficulty, Collectors.counting()));
        assertThat(perDifficulty).as("%s", perDifficulty).containsOnlyKeys("junior", "mid", "senior")
                .allSatisfy((level, count) -> assertThat(count).as(level).isGreaterThanOrEqualTo(questions.size() / 5));
    }

    @Test
    void everyQuestionHasOneToFiveLowercaseTags() {
        questions.forEach(entry -> assertThat(entry.tags()).as(entry.id())
                .hasSizeBetween(1, 5).doesNotHaveDuplicates()
                .allSatisfy(tag -> assertThat(tag).matches(LOWERCASE_TAG).hasSizeLessThanOrEqualTo(40)));
    }

    @Test
    void timeLimitsAreBetween2And15Minutes() {
        questions.forEach(entry -> assertThat(entry.timeLimitSeconds()).as(entry.id())
                .isBetween(120, 900));
    }

    @Test
    void everyRationaleIsOneOrTwoSentences() {
        questions.forEach(entry -> {
            assertThat(entry.rationale()).as(entry.id()).isNotBlank().endsWith(".");
            assertThat(entry.rationale().split("[.!?](\\s+|$)")).as(entry.id()).hasSizeBetween(1, 2);
        });
    }

    @Test
    void everyModelAnswerIsBetween80And250Words() {
        questions.forEach(entry -> assertThat(entry.modelAnswer().trim().split("\\s+"))
                .as(entry.id()).hasSizeBetween(80, 250));
    }

    @Test
    void everyModelAnswerIsPlainProseWithoutListsOrMarkdown() {
        questions.forEach(entry -> assertThat(entry.modelAnswer()).as(entry.id())
                .doesNotContain("\n", "**", "`", "#", "* ", "](")
                .doesNotMatch("(?s)^\\s*([-*+]|\\d+[.)])\\s.*"));
    }

    @Test
    void everyQuestionHasThreeToEightKeyPoints() {
        questions.forEach(entry -> assertThat(entry.keyPoints()).as(entry.id()).hasSizeBetween(3, 8));
    }

    @Test
    void everyKeyPointIsAShortSentenceWithAWeightAboveZeroAndAtMostTwo() {
        questions.forEach(entry -> assertThat(entry.keyPoints()).as(entry.id()).allSatisfy(point -> {
            assertThat(point.text()).isNotBlank().hasSizeLessThanOrEqualTo(500);
            assertThat(point.weight()).isGreaterThan(0).isLessThanOrEqualTo(2.0);
        }));
    }

    @Test
    void keyPointsOfAQuestionAreDistinct() {
        questions.forEach(entry -> assertThat(entry.keyPoints()).as(entry.id())
                .extracting(point -> normalised(point.text())).doesNotHaveDuplicates());
    }

    @Test
    void everyKeyPointHasOneToFourDifferentAlternativePhrasings() {
        questions.forEach(entry -> assertThat(entry.keyPoints()).as(entry.id()).allSatisfy(point ->
                assertThat(point.alternatives()).as(point.text())
                        .hasSizeBetween(1, 4)
                        .allSatisfy(alternative -> assertThat(alternative).isNotBlank().hasSizeLessThanOrEqualTo(500))
                        .extracting(ShippedBankTest::normalised)
                        .doesNotHaveDuplicates()
                        .doesNotContain(normalised(point.text()))));
    }

    /**
     * A heuristic for "the model answer makes every key point": at least a third of the key point's content
     * words (compared on their first five letters) appear in the model answer.
     */
    @Test
    void everyKeyPointSharesItsVocabularyWithTheModelAnswer() {
        List<String> uncovered = new ArrayList<>();
        for (QuestionBank.Entry entry : questions) {
            Set<String> answer = stems(entry.modelAnswer());
            for (KeyPoint point : entry.keyPoints()) {
                Set<String> pointStems = stems(point.text());
                long covered = pointStems.stream().filter(answer::contains).count();
                if (pointStems.isEmpty() || covered * 3 < pointStems.size()) {
                    uncovered.add(entry.id() + ": " + point.text());
                }
            }
        }
        assertThat(uncovered).as("key points the model answer does not seem to make").isEmpty();
    }

    @Test
    void everyRequiredSubjectIsCoveredByAQuestionOfTheBank() {
        Map<String, QuestionBank.Entry> byId = questions.stream()
                .collect(Collectors.toMap(QuestionBank.Entry::id, Function.identity()));
        REQUIRED_SUBJECTS.forEach((subject, ids) ->
                assertThat(byId).as(subject).containsKeys(ids.toArray(String[]::new)));
    }

    private static Map<String, List<String>> subjects(String... subjectAndIds) {
        Map<String, List<String>> subjects = new LinkedHashMap<>();
        for (int i = 0; i < subjectAndIds.length; i += 2) {
            subjects.put(subjectAndIds[i], Arrays.asList(subjectAndIds[i + 1].split(",\\s*")));
        }
        return subjects;
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    private static Set<String> words(String text) {
        return Arrays.stream(normalised(text).split(" ")).filter(word -> word.length() >= 4)
                .collect(Collectors.toSet());
    }

    private static Set<String> stems(String text) {
        return Arrays.stream(normalised(text).split(" "))
                .filter(word -> word.length() >= 4 && !STOP_WORDS.contains(word))
                .map(word -> word.length() > 5 ? word.substring(0, 5) : word)
                .collect(Collectors.toSet());
    }
}
