package dev.mockinterview.scoring.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads session reports: one in full, lists of completed ones for recruiters, and scores per question version. Lists
 * and scores hold only what their {@link Reader} may see, chosen in the query itself.
 */
@ApplicationScoped
@Transactional
public class Reports {
    private static final int[] PERCENTILES = {25, 50, 75, 90};
    private static final int EXPORT_FETCH_SIZE = 500;
    private static final ReportFilter EVERY_REPORT = new ReportFilter(null, null, null, null, null, null, null, null);
    // An answer's newest score: the one no later score of the same answer follows.
    private static final String NEWEST_SCORE = """
            s.scoredAt = (select max(newer.scoredAt) from AnswerScore newer where newer.answerId = a.id)""";
    private static final String SCORES_AND_TOPICS = """
             join AnswerScore s on s.answerId = a.id
            left join QuestionVersion q on q.questionId = a.questionId and q.version = a.questionVersion
            """;

    private final EntityManager entityManager;
    private final QuestionVersions questionVersions;
    private final Reviews reviews;

    Reports(EntityManager entityManager, QuestionVersions questionVersions, Reviews reviews) {
        this.entityManager = entityManager;
        this.questionVersions = questionVersions;
        this.reviews = reviews;
    }

    /** The report of a session scoring has heard of, pending or complete. */
    public Optional<SessionReport> find(UUID sessionId) {
        return SessionProgress.<SessionProgress>findByIdOptional(sessionId)
                .map(session -> SessionReport.of(session, answersOf(sessionId)));
    }

    /** A session's scored answers in question order, each with its newest score and its reviews. */
    List<SessionReport.ReportedAnswer> answersOf(UUID sessionId) {
        Map<UUID, List<AnswerReview.Revision>> reviewsByAnswer = new LinkedHashMap<>();
        entityManager.createQuery("""
                        select r from AnswerReview r where r.sessionId = :session order by r.answerId, r.revision""",
                        AnswerReview.class)
                .setParameter("session", sessionId)
                .getResultStream()
                .forEach(review -> reviewsByAnswer.computeIfAbsent(review.answerId, id -> new ArrayList<>())
                        .add(review.revision()));
        Map<UUID, List<SessionReport.EarlierScore>> earlier = new LinkedHashMap<>();
        entityManager.createQuery("""
                        select s from AnswerScore s where s.answerId in (select a.id from Answer a
                        where a.sessionId = :session) order by s.scoredAt desc""", AnswerScore.class)
                .setParameter("session", sessionId)
                .getResultStream()
                .forEach(score -> earlier.computeIfAbsent(score.answerId, id -> new ArrayList<>())
                        .add(new SessionReport.EarlierScore(score.scorerVersion, score.score, score.band,
                                score.scoredAt)));
        return entityManager.createQuery("select a, s, q.topic from Answer a" + SCORES_AND_TOPICS
                        + "where a.sessionId = :session and " + NEWEST_SCORE
                        + " order by a.position, a.id", Object[].class)
                .setParameter("session", sessionId)
                .getResultStream()
                .map(row -> {
                    // Those older than the score the answer shows itself. An answer first scored between the two
                    // queries is missing from the first one (read committed), so it has none instead of failing.
                    Instant shown = ((AnswerScore) row[1]).scoredAt;
                    UUID answerId = ((Answer) row[0]).id;
                    return reportedAnswer(row, earlier.getOrDefault(answerId, List.of()).stream()
                            .filter(score -> score.scoredAt().isBefore(shown))
                            .toList(), reviewsByAnswer.getOrDefault(answerId, List.of()));
                })
                .toList();
    }

    /** Each answer of a session, by answer id, with its text and the prompt and model answer it answers. */
    public Map<UUID, AnsweredQuestion> answeredQuestions(UUID sessionId) {
        Map<UUID, AnsweredQuestion> answered = new LinkedHashMap<>();
        entityManager.createQuery("""
                        select a.id, a.text, q.prompt, q.modelAnswer from Answer a left join QuestionVersion q
                        on q.questionId = a.questionId and q.version = a.questionVersion
                        where a.sessionId = :session order by a.position, a.id""", Object[].class)
                .setParameter("session", sessionId)
                .getResultStream()
                .forEach(row -> answered.put((UUID) row[0],
                        new AnsweredQuestion((UUID) row[0], (String) row[1], (String) row[2], (String) row[3])));
        return answered;
    }

    /** The roles of the completed reports the reader sees, for a filter to offer. */
    public List<String> reportedRoles(Reader reader) {
        Where where = where(EVERY_REPORT, reader);
        return where.bind(entityManager.createQuery("select distinct p.role from SessionProgress p" + where.clause
                + " and p.role is not null order by p.role", String.class)).getResultList();
    }

    /** The assessments of the completed reports the reader sees, id to title, by title, for a filter to offer. */
    public Map<UUID, String> reportedAssessments(Reader reader) {
        Where where = where(EVERY_REPORT, reader);
        Map<UUID, String> assessments = new LinkedHashMap<>();
        // One row per assessment, even if its title changed between its sessions.
        where.bind(entityManager.createQuery("select p.assessmentId, max(p.assessmentTitle) from SessionProgress p"
                        + where.clause + " and p.assessmentId is not null group by p.assessmentId order by 2, 1",
                        Object[].class))
                .getResultStream()
                .forEach(row -> assessments.put((UUID) row[0], (String) row[1]));
        return assessments;
    }

    /** The topics of the question versions scoring knows, for a filter to offer. */
    public List<String> topics() {
        return entityManager.createQuery("""
                select distinct q.topic from QuestionVersion q where q.topic is not null order by q.topic""",
                String.class).getResultList();
    }

    /** One page of the completed reports that match, in the order asked for: one query and one count. */
    public ReportSummary.Page list(Reader reader, ReportFilter filter, ReportFilter.Sort sort, boolean ascending,
                                   int page, int size) {
        Where where = where(filter, reader);
        List<ReportSummary> items = where.bind(entityManager.createQuery("select p from SessionProgress p"
                        + where.clause + orderBy(sort, ascending), SessionProgress.class))
                .setFirstResult(Math.multiplyExact(page, size))
                .setMaxResults(size)
                .getResultStream()
                .map(ReportSummary::of)
                .toList();
        long total = where.bind(entityManager.createQuery("select count(p) from SessionProgress p" + where.clause,
                Long.class)).getSingleResult();
        return new ReportSummary.Page(items, total);
    }

    /** How many rows an export of the completed reports that match has: one per session, or one per answer. */
    public long exportSize(Reader reader, ReportFilter filter, boolean perAnswer) {
        Where where = where(filter, reader);
        String query = perAnswer
                ? "select count(a) from SessionProgress p join Answer a on a.sessionId = p.sessionId"
                        + SCORES_AND_TOPICS + where.clause + " and " + NEWEST_SCORE
                : "select count(p) from SessionProgress p" + where.clause;
        return where.bind(entityManager.createQuery(query, Long.class)).getSingleResult();
    }

    /**
     * Each completed report that matches, at most {@code limit}, in the order asked for, handed over as the database
     * returns it: the rows come in chunks of {@value #EXPORT_FETCH_SIZE} and none is kept, so an export of any size
     * holds one chunk in memory.
     */
    public void eachReport(Reader reader, ReportFilter filter, ReportFilter.Sort sort, boolean ascending, int limit,
                           Consumer<ReportSummary> each) {
        Where where = where(filter, reader);
        try (Stream<SessionProgress> rows = streamed(where.bind(entityManager.createQuery(
                "select p from SessionProgress p" + where.clause + orderBy(sort, ascending), SessionProgress.class)),
                limit)) {
            rows.forEach(session -> {
                entityManager.detach(session);
                each.accept(ReportSummary.of(session));
            });
        }
    }

    /** Each answer of each completed report that matches, at most {@code limit}, as {@link #eachReport} does. */
    public void eachAnswer(Reader reader, ReportFilter filter, ReportFilter.Sort sort, boolean ascending, int limit,
                           Consumer<ReportSummary.AnswerRow> each) {
        Where where = where(filter, reader);
        // Each answer's newest review, if any, sets its final score and key point statuses.
        String query = "select a, s, q.topic, p, r from SessionProgress p join Answer a on a.sessionId = p.sessionId"
                + SCORES_AND_TOPICS + " left join AnswerReview r on r.answerId = a.id and r.revision ="
                + " (select max(newer.revision) from AnswerReview newer where newer.answerId = a.id)"
                + where.clause + " and " + NEWEST_SCORE + orderBy(sort, ascending) + ", a.position, a.id";
        // A session's answers come one after another: its summary is made once, for the first of them.
        ReportSummary[] summary = {null};
        try (Stream<Object[]> rows = streamed(where.bind(entityManager.createQuery(query, Object[].class)), limit)) {
            rows.forEach(row -> {
                SessionProgress session = (SessionProgress) row[3];
                if (summary[0] == null || !summary[0].sessionId().equals(session.sessionId)) {
                    summary[0] = ReportSummary.of(session);
                }
                AnswerReview review = (AnswerReview) row[4];
                each.accept(new ReportSummary.AnswerRow(summary[0], reportedAnswer(row, List.of(),
                        review == null ? List.of() : List.of(review.revision())), ((Answer) row[0]).text));
                entityManager.detach(row[0]);
                entityManager.detach(row[1]);
                entityManager.detach(session);
                if (review != null) {
                    entityManager.detach(review);
                }
            });
        }
    }

    private static <T> Stream<T> streamed(TypedQuery<T> query, int limit) {
        return query.setMaxResults(limit)
                .setHint(HibernateHints.HINT_FETCH_SIZE, EXPORT_FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream();
    }

    /**
     * How everyone the reader sees scored on a question version, or empty when scoring has not heard of the version.
     */
    public Optional<QuestionScores> scoresOf(Reader reader, String questionId, int version) {
        if (questionVersions.find(questionId, version).isEmpty()) {
            return Optional.empty();
        }
        String newest = """
                WITH newest AS (
                    SELECT DISTINCT ON (s.answer_id) s.answer_id, s.score
                    FROM answer_score s JOIN answer sa ON sa.id = s.answer_id
                    JOIN session_progress p ON p.session_id = sa.session_id
                    WHERE s.question_id = ?1 AND s.question_version = ?2 AND (?3 OR p.assessment_owner = ?4)
                    ORDER BY s.answer_id, s.scored_at DESC)
                """;
        Object[] summary = (Object[]) entityManager.createNativeQuery(newest + """
                        SELECT count(*), round(avg(score), 1),
                               percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY score)
                        FROM newest""")
                .setParameter(1, questionId)
                .setParameter(2, version)
                .setParameter(3, reader.admin())
                .setParameter(4, reader.subject())
                .getSingleResult();
        long count = ((Number) summary[0]).longValue();
        List<QuestionScores.Percentile> percentiles = new ArrayList<>();
        if (count > 0) {
            Object[] values = toArray(summary[2]);
            for (int i = 0; i < PERCENTILES.length; i++) {
                percentiles.add(new QuestionScores.Percentile(PERCENTILES[i], oneDecimal((Number) values[i])));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> sessions = entityManager.createNativeQuery(newest + """
                        SELECT a.session_id, a.candidate_id, a.id, n.score,
                               round((100 * percent_rank() OVER (ORDER BY n.score))::numeric, 1)
                        FROM newest n JOIN answer a ON a.id = n.answer_id
                        ORDER BY n.score DESC, a.session_id, a.id""")
                .setParameter(1, questionId)
                .setParameter(2, version)
                .setParameter(3, reader.admin())
                .setParameter(4, reader.subject())
                .getResultList();
        return Optional.of(new QuestionScores(questionId, version, count,
                summary[1] == null ? null : oneDecimal((Number) summary[1]), percentiles,
                sessions.stream().map(row -> new QuestionScores.SessionScore((UUID) row[0], (String) row[1],
                        (UUID) row[2], ((Number) row[3]).intValue(), oneDecimal((Number) row[4]))).toList(),
                reviews.figures(questionId, version)));
    }

    private static Object[] toArray(Object sqlArray) {
        if (sqlArray instanceof Object[] array) {
            return array;
        }
        try {
            return (Object[]) ((Array) sqlArray).getArray();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the percentiles", e);
        }
    }

    private static BigDecimal oneDecimal(Number value) {
        return new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }

    private static SessionReport.ReportedAnswer reportedAnswer(Object[] row,
                                                               List<SessionReport.EarlierScore> earlierScores,
                                                               List<AnswerReview.Revision> reviews) {
        Answer answer = (Answer) row[0];
        AnswerScore score = (AnswerScore) row[1];
        return new SessionReport.ReportedAnswer(answer.id, answer.position, answer.questionId,
                answer.questionVersion, (String) row[2], answer.timeTakenMillis, score.score, score.band,
                List.copyOf(score.keyPoints), List.copyOf(score.flags), score.scorerVersion, score.scoredAt,
                earlierScores, reviews);
    }

    private static String orderBy(ReportFilter.Sort sort, boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        return " order by " + sort.column + direction + ", p.sessionId" + direction;
    }

    // Only completed reports the reader sees are listed; each criterion given adds a condition with a bound
    // parameter. A recruiter's condition matches the partial index by owner, an assessment's the one by assessment.
    private static Where where(ReportFilter filter, Reader reader) {
        StringBuilder clause = new StringBuilder(" where p.reportedAt is not null");
        Map<String, Object> parameters = new LinkedHashMap<>();
        condition(clause, parameters, "p.assessmentOwner = :owner", "owner", reader.admin() ? null : reader.subject());
        condition(clause, parameters, "p.assessmentId = :assessment", "assessment", filter.assessmentId());
        condition(clause, parameters, "p.role = :role", "role", filter.role());
        condition(clause, parameters, "p.candidateId = :candidate", "candidate", filter.candidateId());
        condition(clause, parameters, "p.overallScore >= :minScore", "minScore", filter.minScore());
        condition(clause, parameters, "p.overallScore <= :maxScore", "maxScore", filter.maxScore());
        condition(clause, parameters, "p.completedAt >= :completedFrom", "completedFrom", filter.completedFrom());
        condition(clause, parameters, "p.completedAt < :completedTo", "completedTo", filter.completedTo());
        condition(clause, parameters, """
                exists (select 1 from Answer ta, QuestionVersion tq where ta.sessionId = p.sessionId
                and tq.questionId = ta.questionId and tq.version = ta.questionVersion and tq.topic = :topic)""",
                "topic", filter.topic());
        return new Where(clause.toString(), parameters);
    }

    private static void condition(StringBuilder clause, Map<String, Object> parameters, String condition,
                                  String name, Object value) {
        if (value != null) {
            clause.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }

    private record Where(String clause, Map<String, Object> parameters) {
        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
