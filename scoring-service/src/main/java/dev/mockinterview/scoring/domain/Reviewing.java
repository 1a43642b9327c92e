package dev.mockinterview.scoring.domain;

import dev.mockinterview.contracts.refusal.Conflict;
import dev.mockinterview.contracts.refusal.Invalid;
import dev.mockinterview.contracts.refusal.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * People's reviews of answer scores. The owner of an assessment (or an admin) sets an answer's final score over the
 * machine's, optionally other statuses for its key points, and says why. Each review is a new revision kept for ever;
 * the machine's score stays as it was. The review, its answer-reviewed event and the report's new figures are stored
 * in one transaction, under the session's lock (the lock scoring takes), so reviews of one answer get one revision
 * each and a report built later, or rebuilt by a rescore, always counts the newest.
 */
@ApplicationScoped
@Transactional
public class Reviewing {
    public static final int MAX_REASON = 2000;
    private static final Logger LOG = Logger.getLogger(Reviewing.class);

    private final Scoring scoring;
    private final Reports reports;
    private final ScorePublisher publisher;

    Reviewing(Scoring scoring, Reports reports, ScorePublisher publisher) {
        this.scoring = scoring;
        this.reports = reports;
        this.publisher = publisher;
    }

    /**
     * A reviewer's choice of status for one key point of the answer's newest machine score, named either by its
     * index there (from 0, the report's order) or by its text.
     */
    public record KeyPointStatus(Integer index, String text, ScoredAnswer.Coverage status) {
    }

    /**
     * Reviews a scored answer of an assessment's session. A caller who may not review the report gets
     * {@link NotFound}, as if it did not exist; an admin, who may read practice, gets {@link Conflict}
     * {@code practice-not-reviewable} for it. Bad input gets {@link Invalid} naming each field.
     *
     * @param keyPoints statuses to set; key points not named keep their status from the previous revision (the
     *                  machine's for a first review)
     */
    public AnswerReview.Revision review(UUID sessionId, UUID answerId, String reviewerId, boolean admin, int score,
                                        List<KeyPointStatus> keyPoints, String reason) {
        SessionProgress session = scoring.lockSession(sessionId);
        if (session == null) {
            throw notFound(sessionId);
        }
        SessionReport report = SessionReport.of(session, reports.answersOf(sessionId));
        if (!report.isReviewableBy(reviewerId, admin)) {
            if (report.isPractice() && report.isReadableBy(reviewerId, admin)) {
                throw new Conflict("practice-not-reviewable", "Practice is not reviewable",
                        "Session " + sessionId + " is the candidate's own practice: only assessments are reviewed.");
            }
            throw notFound(sessionId);
        }
        // An answer of another session, or one not scored yet, is not on this report.
        SessionReport.ReportedAnswer answer = report.answers().stream()
                .filter(reported -> reported.answerId().equals(answerId)).findFirst()
                .orElseThrow(() -> new NotFound("Session " + sessionId + " has no scored answer " + answerId));
        Map<Integer, ScoredAnswer.Coverage> chosen = check(answer.keyPoints(), score, keyPoints, reason);

        AnswerReview.Revision previous = answer.latestReview();
        AnswerReview review = new AnswerReview();
        review.id = UUID.randomUUID();
        review.answerId = answerId;
        review.sessionId = sessionId;
        review.revision = previous == null ? 1 : previous.revision() + 1;
        review.reviewerId = reviewerId;
        // Microseconds, as PostgreSQL keeps them, so the event says what the table holds.
        review.reviewedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        review.reason = reason;
        review.machineScore = answer.score();
        review.scorerVersion = answer.scorerVersion();
        review.previousScore = answer.finalScore();
        review.score = score;
        List<ScoredAnswer.Coverage> before = answer.finalStatuses();
        review.keyPoints = IntStream.range(0, answer.keyPoints().size()).mapToObj(i -> {
            ScoredAnswer.KeyPointFinding finding = answer.keyPoints().get(i);
            return new AnswerReview.KeyPointReview(finding.text(), finding.status(), before.get(i),
                    chosen.getOrDefault(i, before.get(i)));
        }).toList();
        review.persist();
        publisher.answerReviewed(Answer.findById(answerId), session.assessment().orElseThrow(), review);
        scoring.reviewed(session);
        LOG.infof("Reviewed answer %s of session %s on question %s version %d, revision %d by %s: %d to %d",
                answerId, sessionId, answer.questionId(), answer.questionVersion(), review.revision, reviewerId,
                review.previousScore, score);
        return review.revision();
    }

    // The key points chosen, by index, once every field is right.
    private static Map<Integer, ScoredAnswer.Coverage> check(List<ScoredAnswer.KeyPointFinding> findings, int score,
                                                             List<KeyPointStatus> keyPoints, String reason) {
        List<Invalid.Field> errors = new ArrayList<>();
        if (score < 0 || score > 100) {
            errors.add(new Invalid.Field("score", "must be between 0 and 100"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new Invalid.Field("reason", "must say why"));
        } else if (reason.length() > MAX_REASON) {
            errors.add(new Invalid.Field("reason", "must be at most " + MAX_REASON + " characters"));
        }
        Map<Integer, ScoredAnswer.Coverage> chosen = new HashMap<>();
        for (int i = 0; i < keyPoints.size(); i++) {
            KeyPointStatus choice = keyPoints.get(i);
            String field = "keyPoints[" + i + "]";
            if ((choice.index() == null) == (choice.text() == null)) {
                errors.add(new Invalid.Field(field, "must name a key point by index or by text, one of them"));
                continue;
            }
            if (choice.status() == null) {
                errors.add(new Invalid.Field(field + ".status", "must be COVERED, PARTIAL or MISSING"));
            }
            int index = choice.index() != null ? choice.index() : IntStream.range(0, findings.size())
                    .filter(at -> findings.get(at).text().equals(choice.text())).findFirst().orElse(-1);
            if (index < 0 || index >= findings.size()) {
                errors.add(new Invalid.Field(field + (choice.index() != null ? ".index" : ".text"),
                        "is not a key point of the answer's rubric"));
            } else if (chosen.put(index, choice.status()) != null) {
                errors.add(new Invalid.Field(field, "names a key point named before"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors.stream().map(error -> error.name() + " " + error.message())
                    .collect(Collectors.joining("; ")), errors);
        }
        return chosen;
    }

    private static NotFound notFound(UUID sessionId) {
        return new NotFound("No report for session " + sessionId);
    }
}
