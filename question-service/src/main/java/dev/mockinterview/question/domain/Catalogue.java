package dev.mockinterview.question.domain;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads and writes the catalogue: questions and their published versions. */
@ApplicationScoped
@Transactional
public class Catalogue {
    private static final Logger LOG = Logger.getLogger(Catalogue.class);
    private static final String PUBLISHED = "from QuestionVersion v join fetch v.question q where v.status = :status";

    /** One page of current published versions, optionally of one role, in question id order. */
    public PublishedPage published(String role, int page, int size) {
        String where = role == null ? PUBLISHED : PUBLISHED + " and q.role = :role";
        Parameters parameters = Parameters.with("status", VersionStatus.PUBLISHED);
        if (role != null) {
            parameters = parameters.and("role", role);
        }
        List<QuestionVersion> versions = QuestionVersion.<QuestionVersion>find(where, Sort.by("q.id"), parameters)
                .page(Page.of(page, size))
                .list();
        String countWhere = role == null ? "status = :status" : "status = :status and question.role = :role";
        long total = QuestionVersion.count(countWhere, parameters);
        return new PublishedPage(versions, total);
    }

    /** The current published version of a question. */
    public Optional<QuestionVersion> current(String questionId) {
        return QuestionVersion.<QuestionVersion>find(PUBLISHED + " and v.questionId = :id",
                Parameters.with("status", VersionStatus.PUBLISHED).and("id", questionId)).firstResultOptional();
    }

    /**
     * Adds the bank's questions that the catalogue does not hold yet, each as a published first version;
     * questions already there are left as they are, so importing a bank twice changes nothing.
     *
     * @return how many questions were added
     */
    public int importBank(QuestionBank bank) {
        Set<String> ids = bank.questions().stream().map(QuestionBank.Entry::id).collect(Collectors.toSet());
        Set<String> existing = Question.<Question>list("id in ?1", ids).stream()
                .map(question -> question.id).collect(Collectors.toSet());
        Instant now = Instant.now();
        int added = 0;
        for (QuestionBank.Entry entry : bank.questions()) {
            if (existing.contains(entry.id())) {
                continue;
            }
            Question question = new Question();
            question.id = entry.id();
            question.role = bank.role();
            question.topic = entry.topic();
            question.difficulty = entry.difficulty();
            question.tags = List.copyOf(entry.tags());
            question.timeLimitSeconds = entry.timeLimitSeconds();
            question.persist();
            QuestionVersion version = new QuestionVersion();
            version.questionId = entry.id();
            version.version = 1;
            version.question = question;
            version.status = VersionStatus.PUBLISHED;
            version.prompt = entry.prompt();
            version.rationale = entry.rationale();
            version.modelAnswer = entry.modelAnswer();
            version.keyPoints = List.copyOf(entry.keyPoints());
            version.publishedAt = now;
            version.persist();
            added++;
        }
        LOG.infof("Imported bank for role %s: %d questions added, %d already present", bank.role(), added,
                bank.questions().size() - added);
        return added;
    }

    /** A page of published versions with the total across all pages. */
    public record PublishedPage(List<QuestionVersion> versions, long total) {
    }
}
