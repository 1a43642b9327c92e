package dev.mockinterview.question.domain;

import dev.mockinterview.contracts.refusal.Conflict;
import dev.mockinterview.contracts.refusal.NotFound;
import dev.mockinterview.contracts.refusal.Stale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes questions: a new question and every edit are drafts; publishing the newest draft makes it the current
 * version (the one it replaces is retired); retiring takes the question out of the catalogue. Each write locks the
 * question's row, raises its revision, and writes its question-published and question-retired events in the same
 * transaction.
 */
@ApplicationScoped
@Transactional
public class Authoring {
    private static final Logger LOG = Logger.getLogger(Authoring.class);

    private final EntityManager entityManager;
    private final CataloguePublisher events;
    private final Event<QuestionsChanged> changed;

    Authoring(EntityManager entityManager, CataloguePublisher events, Event<QuestionsChanged> changed) {
        this.entityManager = entityManager;
        this.events = events;
        this.changed = changed;
    }

    /** Creates a question with its first version as a draft; an id already taken is refused as a conflict. */
    public QuestionSnapshot create(NewQuestion request) {
        if (Question.findByIdOptional(request.id()).isPresent()) {
            throw questionExists(request.id());
        }
        Question question = new Question();
        question.id = request.id();
        question.role = request.role();
        question.topic = request.topic();
        question.difficulty = request.difficulty();
        question.tags = List.copyOf(request.tags());
        question.timeLimitSeconds = request.timeLimitSeconds();
        question.revision = 1;
        try {
            // A racing create of the same id fails here, on the primary key, rather than at commit.
            question.persistAndFlush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw questionExists(request.id());
            }
            throw e;
        }
        QuestionVersion draft = addVersion(question, 1, request.content(), VersionStatus.DRAFT, null);
        LOG.infof("Created question %s as draft version 1", question.id);
        return QuestionSnapshot.of(draft);
    }

    /**
     * Adds a draft version with new content. The caller names the revision it edited (If-Match); any other
     * revision means someone wrote in between, and the edit is refused as stale.
     */
    public QuestionSnapshot revise(String questionId, Collection<Long> expectedRevisions, QuestionContent content) {
        Question question = lock(questionId);
        if (!expectedRevisions.contains(question.revision)) {
            throw new Stale("stale-revision", "Question " + questionId + " has changed since you read it: its ETag "
                    + "is now " + Revisions.etag(question.revision) + ". Read it again and repeat the edit.");
        }
        QuestionVersion draft = addVersion(question, latest(question).version + 1, content, VersionStatus.DRAFT,
                null);
        written(question);
        LOG.infof("Question %s has a new draft, version %d", questionId, draft.version);
        return QuestionSnapshot.of(draft);
    }

    /** Publishes the newest version, which must be a draft; the version it replaces is retired. */
    public QuestionSnapshot publish(String questionId) {
        Question question = lock(questionId);
        QuestionVersion draft = latest(question);
        if (draft.status != VersionStatus.DRAFT) {
            throw new Conflict("no-draft", "Nothing to publish", "The newest version of question " + questionId
                    + " (" + draft.version + ") is " + draft.status.label() + ", not a draft.");
        }
        Instant now = Instant.now();
        published(question).ifPresent(current -> retire(current, now));
        draft.status = VersionStatus.PUBLISHED;
        draft.publishedAt = now;
        written(question);
        QuestionSnapshot snapshot = QuestionSnapshot.of(draft);
        events.published(snapshot);
        LOG.infof("Published question %s version %d", questionId, draft.version);
        return snapshot;
    }

    /** Retires the current published version: sessions no longer draw the question; scores keep pointing at it. */
    public QuestionSnapshot retire(String questionId) {
        Question question = lock(questionId);
        QuestionVersion current = published(question).orElseThrow(() -> new Conflict("not-published",
                "Nothing to retire", "Question " + questionId + " has no published version."));
        QuestionSnapshot snapshot = retire(current, Instant.now());
        written(question);
        LOG.infof("Retired question %s version %d", questionId, current.version);
        return snapshot.withRevision(question.revision);
    }

    /**
     * Makes content the current published version of a question as a bank import does: a new question gets it as
     * its first version, an existing one as a new version unless its newest published or retired version already
     * says exactly this. The question's placement must already match (the import checks it first).
     *
     * @return whether anything was written
     */
    boolean publishFromBank(String role, QuestionBank.Entry entry, Optional<Question> existing, Instant now) {
        Question question;
        int number;
        if (existing.isEmpty()) {
            question = new Question();
            question.id = entry.id();
            question.role = role;
            question.topic = entry.topic();
            question.difficulty = entry.difficulty();
            question.tags = List.copyOf(entry.tags());
            question.timeLimitSeconds = entry.timeLimitSeconds();
            question.revision = 1;
            question.persist();
            number = 1;
        } else {
            question = existing.get();
            List<QuestionVersion> versions = versions(question);
            Optional<QuestionVersion> announced = versions.stream()
                    .filter(version -> version.status != VersionStatus.DRAFT).findFirst();
            if (announced.isPresent() && entry.content().isIn(announced.get())) {
                return false;
            }
            published(question).ifPresent(current -> retire(current, now));
            number = versions.get(0).version + 1;
            written(question);
        }
        QuestionVersion version = addVersion(question, number, entry.content(), VersionStatus.PUBLISHED, now);
        events.published(QuestionSnapshot.of(version));
        return true;
    }

    private QuestionSnapshot retire(QuestionVersion version, Instant now) {
        version.status = VersionStatus.RETIRED;
        version.retiredAt = now;
        // Flushed before the replacing version is published: at most one published version per question.
        entityManager.flush();
        QuestionSnapshot snapshot = QuestionSnapshot.of(version);
        events.retired(snapshot);
        return snapshot;
    }

    private QuestionVersion addVersion(Question question, int number, QuestionContent content, VersionStatus status,
                                       Instant publishedAt) {
        QuestionVersion version = new QuestionVersion();
        version.questionId = question.id;
        version.version = number;
        version.question = question;
        version.status = status;
        version.prompt = content.prompt();
        version.rationale = content.rationale();
        version.modelAnswer = content.modelAnswer();
        version.keyPoints = List.copyOf(content.keyPoints());
        version.publishedAt = publishedAt;
        version.persist();
        return version;
    }

    // Serialises writers of one question, so revisions, version numbers and the order of its events hold.
    private Question lock(String questionId) {
        Question question = entityManager.find(Question.class, questionId, LockModeType.PESSIMISTIC_WRITE);
        if (question == null) {
            throw new NotFound("No question with id " + questionId);
        }
        return question;
    }

    private void written(Question question) {
        question.revision++;
        changed.fire(new QuestionsChanged(Set.of(question.id)));
    }

    private static List<QuestionVersion> versions(Question question) {
        return QuestionVersion.<QuestionVersion>list("questionId", question.id).stream()
                .sorted(Comparator.comparingInt((QuestionVersion version) -> version.version).reversed()).toList();
    }

    private static QuestionVersion latest(Question question) {
        return versions(question).get(0);
    }

    private static Optional<QuestionVersion> published(Question question) {
        return QuestionVersion.find("questionId = ?1 and status = ?2", question.id, VersionStatus.PUBLISHED)
                .firstResultOptional();
    }

    private static Conflict questionExists(String id) {
        return new Conflict("question-exists", "Question exists",
                "A question with id " + id + " exists already; edit it with PUT /api/v1/questions/" + id + ".");
    }
}
