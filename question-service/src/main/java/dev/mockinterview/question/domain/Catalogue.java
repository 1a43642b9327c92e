package dev.mockinterview.question.domain;

import dev.mockinterview.contracts.Difficulty;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the catalogue: current published versions, any version by number, and counts by role and topic. */
@ApplicationScoped
@Transactional
public class Catalogue {
    /** The current published version of each question, kept after the first read until the question changes. */
    public static final String CURRENT_QUESTIONS = "current-question";
    // Ids sort byte by byte, as Java sorts them, whatever collation the database was created with.
    private static final String BY_ID = "q.id COLLATE \"C\"";
    private static final String PUBLISHED_VERSIONS =
            " FROM question q JOIN question_version v ON v.question_id = q.id AND v.status = 'published'";
    private static final String NEWEST_VERSIONS = " FROM question q JOIN question_version v ON v.question_id = q.id"
            + " AND v.version = (SELECT max(n.version) FROM question_version n WHERE n.question_id = q.id)";

    private static final Comparator<String> DIFFICULTY_ORDER =
            Comparator.comparingInt(Difficulty.LABELS::indexOf);

    private final EntityManager entityManager;
    private final Cache currentQuestions;

    Catalogue(EntityManager entityManager, @CacheName(CURRENT_QUESTIONS) Cache currentQuestions) {
        this.entityManager = entityManager;
        this.currentQuestions = currentQuestions;
    }

    /**
     * One page of current published versions that pass the filter, in the order asked for; ties, and the default
     * order, go by id. Free text ({@code filter.text()}) is matched with PostgreSQL's full-text search, over the
     * prompt only unless the caller may see the rubric.
     */
    public Page published(Filter filter, SortOrder order, int page, int size, boolean overRubric) {
        return page(PUBLISHED_VERSIONS, filter, order, page, size, overRubric, ids -> entityManager.createQuery(
                        "from QuestionVersion v join fetch v.question"
                                + " where v.status = :status and v.questionId in :ids",
                        QuestionVersion.class)
                .setParameter("status", VersionStatus.PUBLISHED)
                .setParameter("ids", ids)
                .getResultStream()
                .map(QuestionSnapshot::of)
                .collect(Collectors.toMap(QuestionSnapshot::id, Function.identity())));
    }

    /**
     * One page of every question at its newest version, whatever its status (drafts, retired questions), for
     * authors: filtered and searched as {@link #published} does over the rubric, by id or, with free text, best
     * match first.
     */
    public Page newest(Filter filter, int page, int size) {
        return page(NEWEST_VERSIONS, filter, SortOrder.parse(null, filter.text() != null), page, size, true,
                ids -> entityManager.createQuery(
                                "from QuestionVersion v join fetch v.question where v.questionId in :ids",
                                QuestionVersion.class)
                        .setParameter("ids", ids)
                        .getResultStream()
                        .map(QuestionSnapshot::of)
                        .collect(Collectors.toMap(QuestionSnapshot::id, Function.identity(),
                                (one, other) -> one.version() > other.version() ? one : other)));
    }

    private Page page(String versions, Filter filter, SortOrder order, int page, int size, boolean overRubric,
                      Function<List<String>, Map<String, QuestionSnapshot>> load) {
        // The statement is put together from constant fragments only; every value the caller sent is a parameter.
        String vector = overRubric ? "v.search" : "ts_filter(v.search, '{a}')";
        StringBuilder where = new StringBuilder(versions).append(" WHERE true");
        Map<String, Object> parameters = new LinkedHashMap<>();
        condition(where, parameters, filter.role(), " AND q.role = :role", "role");
        condition(where, parameters, filter.topic(), " AND q.topic = :topic", "topic");
        condition(where, parameters, filter.difficulty(), " AND q.difficulty = :difficulty", "difficulty");
        condition(where, parameters, filter.tag(), " AND :tag = ANY (q.tags)", "tag");
        condition(where, parameters, filter.text(),
                " AND " + vector + " @@ websearch_to_tsquery('english', :text)", "text");
        String rank = "ts_rank_cd(" + vector + ", websearch_to_tsquery('english', :text))";
        String sql = "SELECT q.id" + where + " ORDER BY " + order.key().expression(rank)
                + (order.descending() != order.key().bestFirst() ? " DESC" : "") + ", " + BY_ID
                + " LIMIT :limit OFFSET :offset";
        Query select = entityManager.createNativeQuery(sql, String.class)
                .setParameter("limit", size)
                .setParameter("offset", (long) page * size);
        Query count = entityManager.createNativeQuery("SELECT count(*)" + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<String> ids = select.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        Map<String, QuestionSnapshot> byId = ids.isEmpty() ? Map.of() : load.apply(ids);
        // A question retired between the two statements is left out rather than shown half.
        return new Page(ids.stream().map(byId::get).filter(Objects::nonNull).toList(), total);
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String value, String sql,
                                  String name) {
        if (value != null) {
            where.append(sql);
            parameters.put(name, value);
        }
    }

    /** The current published version of a question; served from the cache after the first read. */
    @CacheResult(cacheName = CURRENT_QUESTIONS)
    public Optional<QuestionSnapshot> current(String questionId) {
        return entityManager.createQuery(
                        "from QuestionVersion v join fetch v.question where v.questionId = :id and v.status = :status",
                        QuestionVersion.class)
                .setParameter("id", questionId)
                .setParameter("status", VersionStatus.PUBLISHED)
                .getResultStream().findFirst().map(QuestionSnapshot::of);
    }

    /** One version of a question, whatever its status. */
    public Optional<QuestionSnapshot> version(String questionId, int version) {
        return entityManager.createQuery(
                        "from QuestionVersion v join fetch v.question"
                                + " where v.questionId = :id and v.version = :version",
                        QuestionVersion.class)
                .setParameter("id", questionId)
                .setParameter("version", version)
                .getResultStream().findFirst().map(QuestionSnapshot::of);
    }

    /** Every version of a question, newest first; empty when there is no such question. */
    public List<QuestionSnapshot> versions(String questionId) {
        return entityManager.createQuery(
                        "from QuestionVersion v join fetch v.question where v.questionId = :id order by v.version desc",
                        QuestionVersion.class)
                .setParameter("id", questionId)
                .getResultStream().map(QuestionSnapshot::of).toList();
    }

    /** The roles and topics of every question, drafts and retired ones included, each in byte order. */
    public Placements placements() {
        @SuppressWarnings("unchecked")
        List<String> roles = entityManager.createNativeQuery(
                "SELECT DISTINCT role COLLATE \"C\" AS role FROM question ORDER BY 1", String.class).getResultList();
        @SuppressWarnings("unchecked")
        List<String> topics = entityManager.createNativeQuery(
                "SELECT DISTINCT topic COLLATE \"C\" AS topic FROM question ORDER BY 1", String.class).getResultList();
        return new Placements(roles, topics);
    }

    /** Every role with published questions, and how many. */
    public List<RoleCount> roles() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT q.role, count(*)" + PUBLISHED_VERSIONS + " GROUP BY q.role ORDER BY q.role COLLATE \"C\"")
                .getResultList();
        return rows.stream().map(row -> new RoleCount((String) row[0], ((Number) row[1]).longValue())).toList();
    }

    /** Every topic with published questions (of one role, when given), how many, and how many per difficulty. */
    public List<TopicCount> topics(String role) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT q.topic, q.difficulty, count(*)"
                        + PUBLISHED_VERSIONS + " WHERE (CAST(:role AS text) IS NULL OR q.role = :role)"
                        + " GROUP BY q.topic, q.difficulty")
                .setParameter("role", role)
                .getResultList();
        Map<String, Map<String, Long>> byTopic = new TreeMap<>();
        for (Object[] row : rows) {
            byTopic.computeIfAbsent((String) row[0], topic -> new TreeMap<>(DIFFICULTY_ORDER))
                    .put((String) row[1], ((Number) row[2]).longValue());
        }
        List<TopicCount> topics = new ArrayList<>();
        byTopic.forEach((topic, counts) -> topics.add(new TopicCount(topic,
                counts.values().stream().mapToLong(Long::longValue).sum(), counts)));
        return topics;
    }

    // After the commit: a reader between an invalidation inside the transaction and the commit would put the old
    // version back into the cache.
    void forgetChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) QuestionsChanged changed) {
        changed.ids().forEach(id -> currentQuestions.invalidate(id).await().indefinitely());
    }

    /** Filters of the list; null means any. */
    public record Filter(String role, String topic, String difficulty, String tag, String text) {
    }

    /** A page of current published versions with the total across all pages. */
    public record Page(List<QuestionSnapshot> questions, long total) {
    }

    /** Where questions sit: the roles and topics in use. */
    public record Placements(List<String> roles, List<String> topics) {
    }

    public record RoleCount(String role, long questionCount) {
    }

    public record TopicCount(String topic, long questionCount, Map<String, Long> byDifficulty) {
    }

    /** How a list may be sorted, by the name the API uses. */
    public enum SortKey {
        ID("id", BY_ID, false),
        TOPIC("topic", "q.topic COLLATE \"C\"", false),
        DIFFICULTY("difficulty", "array_position(ARRAY[" + Difficulty.LABELS.stream().map(label -> "'" + label + "'")
                .collect(Collectors.joining(", ")) + "], q.difficulty)", false),
        TIME_LIMIT("timeLimitSeconds", "q.time_limit_seconds", false),
        PUBLISHED_AT("publishedAt", "v.published_at", false),
        // Best matches first; only with free text.
        RELEVANCE("relevance", null, true);

        private final String apiName;
        private final String sql;
        private final boolean bestFirst;

        SortKey(String apiName, String sql, boolean bestFirst) {
            this.apiName = apiName;
            this.sql = sql;
            this.bestFirst = bestFirst;
        }

        String expression(String rank) {
            return sql == null ? rank : sql;
        }

        boolean bestFirst() {
            return bestFirst;
        }

        public static Optional<SortKey> named(String name) {
            for (SortKey key : values()) {
                if (key.apiName.equals(name)) {
                    return Optional.of(key);
                }
            }
            return Optional.empty();
        }
    }

    /** A sort key and its direction ({@code -topic} reverses {@code topic}). */
    public record SortOrder(SortKey key, boolean descending) {
        public static SortOrder parse(String sort, boolean withText) {
            if (sort == null) {
                return new SortOrder(withText ? SortKey.RELEVANCE : SortKey.ID, false);
            }
            boolean descending = sort.startsWith("-");
            SortKey key = SortKey.named(descending ? sort.substring(1) : sort)
                    .orElseThrow(() -> new IllegalArgumentException("unknown sort " + sort));
            return new SortOrder(key, descending);
        }
    }
}
