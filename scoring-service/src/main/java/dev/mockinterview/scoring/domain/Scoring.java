package dev.mockinterview.scoring.domain;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applies what the topics report: question versions to the replica, answers to their scores, completions to
 * session reports. Events of different topics arrive in any order and on different threads, so every method runs
 * in its caller's transaction (the one that records the event as processed) and takes its locks in one order,
 * which keeps concurrent handlers from deadlocking:
 * <ol>
 *     <li>the question version's advisory lock, shared by answer handlers and exclusive for the question-published
 *     handler, so an answer never misses its question version and a new version never misses a waiting answer;</li>
 *     <li>session rows, in id order, so the last score and the completion build the report exactly once.</li>
 * </ol>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Scoring {
    private static final Logger LOG = Logger.getLogger(Scoring.class);

    private final EntityManager entityManager;
    private final QuestionVersions questionVersions;
    private final AnswerScorer scorer;
    private final Reports reports;
    private final ScorePublisher publisher;
    private final Timer scoringTime;
    private final Timer submittedToScored;

    Scoring(EntityManager entityManager, QuestionVersions questionVersions, AnswerScorer scorer, Reports reports,
            ScorePublisher publisher, MeterRegistry metrics) {
        this.entityManager = entityManager;
        this.questionVersions = questionVersions;
        this.scorer = scorer;
        this.reports = reports;
        this.publisher = publisher;
        this.scoringTime = Timer.builder("scoring.time").description("Time the scorer takes for one answer")
                .publishPercentileHistogram().register(metrics);
        this.submittedToScored = Timer.builder("answers.submitted.to.scored")
                .description("From the candidate's submission to the stored score")
                .publishPercentileHistogram().register(metrics);
    }

    /** Adds a published question version to the replica and scores the answers that were waiting for it. */
    public void recordQuestionVersion(QuestionVersion version) {
        lockQuestionVersion(version.questionId, version.version, true);
        if (questionVersions.find(version.questionId, version.version).isPresent()) {
            // Versions are immutable upstream: a copy under another event id adds nothing.
            LOG.debugf("Question %s version %d is already in the replica", version.questionId, version.version);
            return;
        }
        scorer.prepare(version);
        version.persist();
        LOG.infof("Replicated question %s version %d", version.questionId, version.version);
        List<Answer> waiting = Answer.list("""
                        from Answer a where a.questionId = ?1 and a.questionVersion = ?2
                        and not exists (select s from AnswerScore s where s.answerId = a.id)
                        order by a.position""", version.questionId, version.version);
        Map<UUID, List<Answer>> bySession = waiting.stream()
                .collect(Collectors.groupingBy(answer -> answer.sessionId, TreeMap::new, Collectors.toList()));
        bySession.forEach((sessionId, answers) -> {
            SessionProgress session = lockSession(sessionId);
            answers.forEach(answer -> score(answer, version));
            buildReportIfReady(session);
        });
    }

    /**
     * Stores an answer and scores it, or leaves it waiting until its question version is replicated. The assessment
     * is the one its session was taken for (null: practice).
     */
    public void recordAnswer(Answer answer, Assessment assessment) {
        lockQuestionVersion(answer.questionId, answer.questionVersion, false);
        SessionProgress session = lockSession(answer.sessionId, answer.candidateId, assessment);
        if (Answer.findByIdOptional(answer.id).isPresent()) {
            LOG.infof("Answer %s of session %s is already stored", answer.id, answer.sessionId);
            return;
        }
        answer.persist();
        questionVersions.find(answer.questionId, answer.questionVersion)
                .ifPresentOrElse(version -> score(answer, version),
                        () -> LOG.infof("Answer %s of session %s waits for question %s version %d", answer.id,
                                answer.sessionId, answer.questionId, answer.questionVersion));
        buildReportIfReady(session);
    }

    /** Marks a session completed and builds its report if every answer it lists is scored already. */
    public void recordCompletion(SessionCompletion completion) {
        if (completion.answerIds().size() > completion.questionCount()) {
            throw new IllegalArgumentException("session " + completion.sessionId() + " lists "
                    + completion.answerIds().size() + " answers for " + completion.questionCount() + " questions");
        }
        SessionProgress session = lockSession(completion.sessionId(), completion.candidateId(),
                completion.assessment());
        if (session.isCompleted()) {
            LOG.infof("Session %s was completed already", completion.sessionId());
            return;
        }
        session.role = completion.role();
        session.questionCount = completion.questionCount();
        session.answerIds = List.copyOf(completion.answerIds());
        session.endedAs = completion.endedAs();
        session.completedAt = completion.completedAt();
        LOG.infof("Session %s completed (%s) with %d answers to %d questions", session.sessionId, session.endedAs,
                session.answerIds.size(), session.questionCount);
        buildReportIfReady(session);
    }

    /**
     * Scores the sessions' stored answers again with the current scorer and stores each result its scorer version
     * has not stored yet, keeping the older scores; rebuilds the reports whose answers got a new score. Answers still
     * waiting for their question version are left to its arrival.
     *
     * @return how many answers got a new score
     */
    public int rescore(List<UUID> sessionIds) {
        Map<UUID, List<Answer>> bySession = sessionIds.isEmpty() ? Map.of()
                : Answer.<Answer>list("sessionId in ?1 order by position", sessionIds).stream().collect(
                        Collectors.groupingBy(answer -> answer.sessionId, TreeMap::new, Collectors.toList()));
        int rescored = 0;
        for (Map.Entry<UUID, List<Answer>> answers : bySession.entrySet()) {
            SessionProgress session = lockSession(answers.getKey());
            int before = rescored;
            // Read under the session's lock: answers the current scorer has scored already are not scored again.
            Set<UUID> current = Set.copyOf(entityManager.createQuery("""
                            select s.answerId from AnswerScore s
                            where s.scorerVersion = :version and s.answerId in :answers""", UUID.class)
                    .setParameter("version", scorer.version())
                    .setParameter("answers", answers.getValue().stream().map(answer -> answer.id).toList())
                    .getResultList());
            for (Answer answer : answers.getValue()) {
                QuestionVersion version = questionVersions.find(answer.questionId, answer.questionVersion)
                        .orElse(null);
                if (version == null || current.contains(answer.id)) {
                    continue;
                }
                store(answer, version, scorer.score(answer.text, version));
                rescored++;
            }
            if (rescored > before && session.isReported()) {
                publishReport(session);
            }
        }
        return rescored;
    }

    private void score(Answer answer, QuestionVersion version) {
        AnswerScore score = store(answer, version, scoringTime.record(() -> scorer.score(answer.text, version)));
        // A submission time ahead of this clock (skew between hosts, or a replayed test event) counts as zero.
        Duration sinceSubmitted = Duration.between(answer.submittedAt, score.scoredAt);
        submittedToScored.record(sinceSubmitted.isNegative() ? Duration.ZERO : sinceSubmitted);
    }

    private AnswerScore store(Answer answer, QuestionVersion version, ScoredAnswer result) {
        AnswerScore score = new AnswerScore();
        score.answerId = answer.id;
        score.questionId = version.questionId;
        score.questionVersion = version.version;
        score.scorerVersion = result.scorerVersion();
        score.score = result.score();
        score.band = result.band();
        score.keyPoints = result.keyPoints();
        score.flags = result.flags();
        score.scoredAt = Instant.now();
        score.persist();
        publisher.answerScored(answer, score);
        LOG.infof("Scored answer %s of session %s on question %s version %d: %d (%s)", answer.id, answer.sessionId,
                version.questionId, version.version, score.score, score.scorerVersion);
        return score;
    }

    private void buildReportIfReady(SessionProgress session) {
        if (!session.isCompleted() || session.isReported()) {
            return;
        }
        long scored = session.answerIds.isEmpty() ? 0 : entityManager.createQuery(
                        "select count(distinct s.answerId) from AnswerScore s where s.answerId in :ids", Long.class)
                .setParameter("ids", session.answerIds)
                .getSingleResult();
        if (scored < session.answerIds.size()) {
            LOG.debugf("Session %s waits for %d of its answers to be scored", session.sessionId,
                    session.answerIds.size() - scored);
            return;
        }
        session.reportedAt = Instant.now();
        publishReport(session);
        LOG.infof("Built the report of session %s: %s", session.sessionId, session.overallScore);
    }

    // Keeps the report's figures with the session, from each answer's final score, and announces the report. The
    // overall score counts the answers the completion lists; the session's unanswered questions count 0.
    private void publishReport(SessionProgress session) {
        List<SessionReport.ReportedAnswer> answers = reports.answersOf(session.sessionId);
        session.overallScore = SessionReport.overallScore(
                answers.stream().filter(answer -> session.answerIds.contains(answer.answerId())).toList(),
                session.questionCount);
        session.timeTakenMillis = SessionReport.timeTaken(answers);
        session.topicScores = SessionReport.topicScores(answers);
        publisher.sessionScored(SessionReport.of(session, answers));
    }

    /**
     * Brings a built report up to an answer's new final score (its figures, and a new session-scored); a report not
     * built yet takes every review into account when it is. The caller holds the session's lock.
     */
    void reviewed(SessionProgress session) {
        if (session.isReported()) {
            publishReport(session);
        }
    }

    private void lockQuestionVersion(String questionId, int version, boolean exclusive) {
        String function = exclusive ? "pg_advisory_xact_lock" : "pg_advisory_xact_lock_shared";
        entityManager.createNativeQuery("SELECT 1 FROM " + function + "(hashtextextended(?1, 0))")
                .setParameter(1, "question-version:" + questionId + ":" + version)
                .getSingleResult();
    }

    // Whichever event of a session comes first creates its row; the candidate and the assessment must match on every
    // later one, or a report could show one candidate's answers to another, or practice to a recruiter.
    private SessionProgress lockSession(UUID sessionId, String candidateId, Assessment assessment) {
        int created = entityManager.createNativeQuery("""
                        INSERT INTO session_progress (session_id, candidate_id) VALUES (?1, ?2)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, sessionId)
                .setParameter(2, candidateId)
                .executeUpdate();
        SessionProgress session = lockSession(sessionId);
        if (created == 1 && assessment != null) {
            session.assessmentId = assessment.assessmentId();
            session.assessmentTitle = assessment.title();
            session.assessmentOwner = assessment.ownerId();
            session.assessmentShowsFeedback = assessment.showsFeedback();
        }
        if (!session.candidateId.equals(candidateId)) {
            throw new IllegalArgumentException("session " + sessionId + " belongs to another candidate than "
                    + candidateId);
        }
        if (!session.assessment().equals(Optional.ofNullable(assessment))) {
            throw new IllegalArgumentException("session " + sessionId + " was recorded with the assessment "
                    + session.assessment().orElse(null) + ", not " + assessment);
        }
        return session;
    }

    SessionProgress lockSession(UUID sessionId) {
        return entityManager.find(SessionProgress.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
    }
}
