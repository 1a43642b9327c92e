package dev.mockinterview.session.domain;

import dev.mockinterview.contracts.refusal.Conflict;
import dev.mockinterview.contracts.refusal.Invalid;
import dev.mockinterview.contracts.refusal.Stale;
import dev.mockinterview.contracts.refusal.Unfulfillable;
import dev.mockinterview.web.TimeFormats;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Recruiters' assessments: create, edit (everything until it opens, then only its closing time), invite candidates
 * until it closes, and follow them. Owners manage their own, admins any; to anyone else an assessment does not
 * exist. Opening is {@link AssessmentOpening}'s, taking one {@link TakingAssessments}'.
 */
@ApplicationScoped
@Transactional
public class Assessments {
    // An opening time of "now" must not be refused as past: typed to the minute on the page, or from a client whose
    // clock runs a little behind ours.
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(Assessments.class);

    private final AssessmentRepository assessments;

    Assessments(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    /**
     * Creates the caller's assessment. Refused with {@link Invalid} naming the fields at fault (no questions or two
     * kinds of them, a question listed twice or not a current question of the role, an opening time in the past, a
     * closing time not after it), or {@link Unfulfillable} when its rules ask for more questions than the catalogue
     * holds now.
     */
    public AssessmentSnapshot create(AssessmentSpec spec, Caller caller) {
        Instant now = SessionRepository.now();
        check(spec, null, now);
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.ownerId = caller.subject();
        assessment.createdAt = now;
        apply(spec, assessment);
        assessment.persist();
        LOG.infof("Assessment %s created by %s for role %s, opening at %s", assessment.id, assessment.ownerId,
                assessment.role, assessment.opensAt);
        return AssessmentSnapshot.of(assessment);
    }

    /**
     * Replaces the assessment's settings while it has not opened (an edit after a failed opening lets the next
     * attempt succeed). Once it has opened, only the closing time may change: anything else is a
     * {@link Conflict} {@code assessment-opened}; once it has closed, nothing.
     *
     * @param basedOn the revision the caller read (If-Match), refused with {@link Stale} when it changed since; null
     *                to overwrite whatever it holds
     */
    public AssessmentSnapshot edit(UUID assessmentId, AssessmentSpec spec, Long basedOn, Caller caller) {
        Assessment assessment = assessments.managed(assessmentId, caller, LockModeType.PESSIMISTIC_WRITE);
        if (basedOn != null && basedOn != assessment.rowVersion) {
            throw new Stale("assessment-changed", "The assessment has changed since revision " + basedOn
                    + " was read; read it again and repeat the edit on what it holds now.");
        }
        Instant now = SessionRepository.now();
        if (assessment.isOpened()) {
            requireNotClosed(assessment, now);
            if (!sameBesidesClosing(assessment, spec)) {
                throw new Conflict("assessment-opened", "Assessment opened", "The assessment opened at "
                        + TimeFormats.utcDateTime(assessment.openedAt) + " with its questions pinned: only its closing "
                        + "time and its invitations may change.");
            }
            check(spec, assessment, now);
            assessment.closesAt = spec.closesAt();
        } else {
            check(spec, assessment, now);
            apply(spec, assessment);
        }
        // The revision the answer (and its ETag) names is the one this edit commits.
        Assessment.flush();
        LOG.infof("Assessment %s edited by %s", assessment.id, caller.subject());
        return AssessmentSnapshot.of(assessment);
    }

    public AssessmentSnapshot find(UUID assessmentId, Caller caller) {
        return AssessmentSnapshot.of(assessments.managed(assessmentId, caller, LockModeType.NONE));
    }

    /** The caller's assessments (an admin's: everyone's), newest first. */
    public Listed<AssessmentSnapshot.Summary> list(Caller caller, int page, int size) {
        Instant now = SessionRepository.now();
        Sort newestFirst = Sort.descending("createdAt").and("id");
        var query = caller.isAdmin() ? Assessment.<Assessment>findAll(newestFirst)
                : Assessment.<Assessment>find("ownerId", newestFirst, caller.subject());
        List<AssessmentSnapshot.Summary> items = query.page(Page.of(page, size)).list().stream()
                .map(assessment -> AssessmentSnapshot.Summary.of(assessment, now)).toList();
        return new Listed<>(items, query.count());
    }

    /** Invites the candidates until the assessment closes; those invited already stay as they are. */
    public int invite(UUID assessmentId, List<String> candidateIds, Caller caller) {
        Assessment assessment = assessments.managed(assessmentId, caller, LockModeType.NONE);
        requireNotClosed(assessment, SessionRepository.now());
        int added = assessments.invite(assessment.id, List.copyOf(new LinkedHashSet<>(candidateIds)),
                SessionRepository.now());
        LOG.infof("Assessment %s: %d candidates invited by %s", assessment.id, added, caller.subject());
        return added;
    }

    /** Withdraws an invitation until the assessment closes, unless the candidate has started it. */
    public void uninvite(UUID assessmentId, String candidateId, Caller caller) {
        Assessment assessment = assessments.managed(assessmentId, caller, LockModeType.NONE);
        requireNotClosed(assessment, SessionRepository.now());
        if (!assessments.lockInvitation(assessment.id, candidateId)) {
            return;
        }
        UUID session = assessments.sessionOf(assessment.id, candidateId);
        if (session != null) {
            throw new Conflict("invitation-taken", "Invitation taken",
                    candidateId + " has started the assessment (session " + session + "); the invitation stays.");
        }
        assessments.uninvite(assessment.id, candidateId);
        LOG.infof("Assessment %s: invitation of %s withdrawn by %s", assessment.id, candidateId, caller.subject());
    }

    /** The assessment's invited candidates and where each is with it, in the order they were invited. */
    public Listed<Invitee> invitees(UUID assessmentId, Caller caller, int page, int size) {
        Assessment assessment = assessments.managed(assessmentId, caller, LockModeType.NONE);
        return new Listed<>(assessments.invitees(assessment.id, page, size),
                assessments.countInvitees(assessment.id));
    }

    private static void check(AssessmentSpec spec, Assessment before, Instant now) {
        List<Invalid.Field> fields = new ArrayList<>();
        if (spec.title() == null || spec.title().isBlank()) {
            fields.add(new Invalid.Field("title", "must not be blank"));
        }
        if (spec.isFixedList() == (spec.questionCount() != null)) {
            fields.add(new Invalid.Field("questionIds", "give either questionIds or rules, not both nor neither"));
        } else if (spec.isFixedList() && new HashSet<>(spec.questionIds()).size() < spec.questionIds().size()) {
            fields.add(new Invalid.Field("questionIds", "lists a question more than once"));
        }
        boolean opensAnew = before == null || !before.opensAt.equals(spec.opensAt());
        if (opensAnew && spec.opensAt().isBefore(now.minus(CLOCK_SKEW))) {
            fields.add(new Invalid.Field("opensAt", "must not be in the past"));
        }
        if (!spec.closesAt().isAfter(spec.opensAt())) {
            fields.add(new Invalid.Field("closesAt", "must be after opensAt"));
        }
        if (!fields.isEmpty()) {
            throw new Invalid(fields.get(0).name() + " " + fields.get(0).message(), fields);
        }
        if (before == null || !before.isOpened()) {
            checkAgainstCatalogue(spec);
        }
    }

    // What the catalogue holds now; it is asked again when the assessment opens, which pins what it holds then.
    private static void checkAgainstCatalogue(AssessmentSpec spec) {
        if (spec.isFixedList()) {
            Set<String> unknown = new LinkedHashSet<>(spec.questionIds());
            CatalogueQuestion.<CatalogueQuestion>list("role = ?1 and current = true and questionId in ?2",
                    spec.role(), spec.questionIds()).forEach(question -> unknown.remove(question.questionId));
            if (!unknown.isEmpty()) {
                String message = "no published question of the role " + spec.role() + ": "
                        + String.join(", ", unknown);
                throw new Invalid("questionIds " + message, List.of(new Invalid.Field("questionIds", message)));
            }
        } else {
            int available = CatalogueQuestion.current(spec.role(), spec.topics(), spec.difficulty()).size();
            if (available < spec.questionCount()) {
                throw new Unfulfillable("not-enough-questions", "Not enough questions", CatalogueQuestion.tooFew(
                        available, spec.role(), spec.topics(), spec.difficulty(), spec.questionCount()));
            }
        }
    }

    private static void apply(AssessmentSpec spec, Assessment assessment) {
        assessment.title = spec.title().strip();
        assessment.role = spec.role();
        assessment.questionIds = spec.questionIds();
        assessment.topics = spec.storedTopics();
        assessment.difficulty = spec.storedDifficulty();
        assessment.questionCount = spec.count();
        assessment.timeLimitSeconds = spec.timeLimitSeconds();
        assessment.opensAt = spec.opensAt();
        assessment.closesAt = spec.closesAt();
        assessment.showsFeedback = spec.showsFeedback();
        // Whatever kept it from opening may be fixed now: the next start or the opening job tries again.
        assessment.openFailure = null;
    }

    private static boolean sameBesidesClosing(Assessment assessment, AssessmentSpec spec) {
        return spec.title() != null && assessment.title.equals(spec.title().strip())
                && assessment.role.equals(spec.role())
                && Objects.equals(assessment.questionIds, spec.questionIds())
                && assessment.topics.equals(spec.storedTopics())
                && Objects.equals(assessment.difficulty, spec.storedDifficulty())
                && (spec.isFixedList() || spec.questionCount() != null) && assessment.questionCount == spec.count()
                && Objects.equals(assessment.timeLimitSeconds, spec.timeLimitSeconds())
                && assessment.opensAt.equals(spec.opensAt())
                && assessment.showsFeedback == spec.showsFeedback();
    }

    static void requireNotClosed(Assessment assessment, Instant now) {
        if (assessment.isClosed(now)) {
            throw new Conflict("assessment-closed", "Assessment closed",
                    "The assessment closed at " + TimeFormats.utcDateTime(assessment.closesAt) + ".");
        }
    }
}
