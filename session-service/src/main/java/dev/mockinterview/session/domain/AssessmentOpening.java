package dev.mockinterview.session.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Opens assessments: pins the current version of each of its questions, drawn once by its rules or as listed, with
 * the time limit candidates get, so that every candidate takes the same versions. A job opens those past their
 * opening time, and a candidate's start opens its assessment first when the job has not yet, so nobody waits for
 * it. Both hold the assessment's row lock and pin only an assessment not pinned yet: it is pinned exactly once, on
 * any number of instances. When the catalogue cannot fulfil it, the reason is recorded for its owner instead.
 */
@ApplicationScoped
public class AssessmentOpening {
    private static final Logger LOG = Logger.getLogger(AssessmentOpening.class);

    private final AssessmentRepository assessments;
    private final int batchSize;

    AssessmentOpening(AssessmentRepository assessments,
                      @ConfigProperty(name = "assessment.opening.batch-size") int batchSize) {
        this.assessments = assessments;
        this.batchSize = batchSize;
    }

    /** Opens the assessment, in a transaction of its own, if it is past its opening time and not pinned yet. */
    public void openIfDue(UUID assessmentId) {
        QuarkusTransaction.requiringNew().run(() -> {
            // Waits for the job, or another start, that holds the lock, then sees what they committed.
            Assessment assessment = Assessment.findById(assessmentId, LockModeType.PESSIMISTIC_WRITE);
            Instant now = SessionRepository.now();
            if (assessment != null && assessment.isDue(now)) {
                open(assessment, now);
            }
        });
    }

    @Scheduled(every = "${assessment.opening.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void openDueAssessments() {
        int handled;
        do {
            // A failed opening is recorded, so the same assessments do not come back in the next batch.
            handled = QuarkusTransaction.requiringNew().call(() -> {
                Instant now = SessionRepository.now();
                List<Assessment> due = assessments.lockDue(now, batchSize);
                due.forEach(assessment -> open(assessment, now));
                return due.size();
            });
        } while (handled == batchSize);
    }

    private static void open(Assessment assessment, Instant now) {
        List<CatalogueQuestion> chosen = new ArrayList<>();
        String failure = assessment.questionIds != null ? listed(assessment, chosen) : drawn(assessment, chosen);
        if (failure != null) {
            assessment.openFailure = failure;
            LOG.warnf("Assessment %s could not open: %s", assessment.id, failure);
            return;
        }
        for (CatalogueQuestion question : chosen) {
            AssessmentQuestion pinned = new AssessmentQuestion();
            pinned.assessment = assessment;
            pinned.position = assessment.questions.size() + 1;
            pinned.questionId = question.questionId;
            pinned.questionVersion = question.version;
            pinned.prompt = question.prompt;
            pinned.timeLimitSeconds = assessment.timeLimitSeconds != null ? assessment.timeLimitSeconds
                    : question.timeLimitSeconds;
            pinned.persist();
            assessment.questions.add(pinned);
        }
        assessment.openedAt = now;
        assessment.openFailure = null;
        LOG.infof("Assessment %s opened with %d questions pinned", assessment.id, chosen.size());
    }

    // The current version of each listed question, in the list's order; the failure when one is not published.
    private static String listed(Assessment assessment, List<CatalogueQuestion> chosen) {
        Map<String, CatalogueQuestion> current = CatalogueQuestion.<CatalogueQuestion>list(
                        "current = true and questionId in ?1", assessment.questionIds).stream()
                .collect(Collectors.toMap(question -> question.questionId, Function.identity()));
        List<String> missing = assessment.questionIds.stream().filter(id -> !current.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            return "These questions are no longer published: " + String.join(", ", missing) + ".";
        }
        assessment.questionIds.forEach(id -> chosen.add(current.get(id)));
        return null;
    }

    // One draw by the rules, for every candidate; the failure when the catalogue holds too few questions.
    private static String drawn(Assessment assessment, List<CatalogueQuestion> chosen) {
        List<CatalogueQuestion> available = CatalogueQuestion.current(assessment.role, assessment.topics,
                assessment.difficulty);
        if (available.size() < assessment.questionCount) {
            return CatalogueQuestion.tooFew(available.size(), assessment.role, assessment.topics,
                    assessment.difficulty, assessment.questionCount);
        }
        chosen.addAll(QuestionDraw.draw(available, Set.of(), assessment.questionCount, ThreadLocalRandom.current()));
        return null;
    }
}
