package dev.mockinterview.question.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.mockinterview.contracts.refusal.Invalid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports and exports question banks. An import is checked whole (the bank's JSON Schema, ids unique in the bank,
 * placements that match the catalogue) before anything is written, and then written in one transaction: all or
 * nothing. A question whose newest published or retired version already says what the bank says is left alone, so
 * importing a bank twice, or a bank just exported, changes nothing.
 */
@ApplicationScoped
@Transactional
public class QuestionBanks {
    /** The bank's JSON Schema, on the classpath. */
    public static final String SCHEMA = "schemas/question-bank.schema.json";
    private static final Logger LOG = Logger.getLogger(QuestionBanks.class);
    private static final JsonSchema BANK_SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("classpath:" + SCHEMA), SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_PATH).build());
    // The first half of the advisory lock that lets one import run at a time.
    private static final int IMPORT_LOCK = 7031;

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Authoring authoring;
    private final Event<QuestionsChanged> changed;

    QuestionBanks(EntityManager entityManager, ObjectMapper json, Authoring authoring,
                  Event<QuestionsChanged> changed) {
        this.entityManager = entityManager;
        this.json = json;
        this.authoring = authoring;
        this.changed = changed;
    }

    /** Imports a bank, or refuses it whole as invalid, listing every error by its JSON path. */
    public ImportResult importBank(JsonNode tree) {
        List<Invalid.Field> violations = schemaViolations(tree);
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        QuestionBank bank;
        try {
            bank = json.treeToValue(tree, QuestionBank.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a bank that passed its schema could not be read", e);
        }
        // One import at a time: two banks adding the same new question would otherwise race on its primary key.
        entityManager.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(?1, 0)) AS l")
                .setParameter(1, IMPORT_LOCK).getSingleResult();
        List<String> ids = bank.questions().stream().map(QuestionBank.Entry::id).toList();
        Map<String, Question> existing = entityManager
                .createQuery("from Question where id in :ids", Question.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .collect(Collectors.toMap(question -> question.id, Function.identity()));
        violations = conflicts(bank, existing);
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        Instant now = Instant.now();
        int added = 0;
        int updated = 0;
        for (QuestionBank.Entry entry : bank.questions()) {
            Optional<Question> question = Optional.ofNullable(existing.get(entry.id()));
            if (authoring.publishFromBank(bank.role(), entry, question, now)) {
                if (question.isPresent()) {
                    updated++;
                } else {
                    added++;
                }
            }
        }
        changed.fire(new QuestionsChanged(Set.copyOf(ids)));
        ImportResult result = new ImportResult(bank.role(), added, updated, ids.size() - added - updated);
        LOG.infof("Imported a bank for role %s: %d added, %d updated, %d unchanged", result.role(), result.added(),
                result.updated(), result.unchanged());
        return result;
    }

    /**
     * Imports a bank that ships with the service on the catalogue's first start, when it holds no question of the
     * bank's role; later starts leave the role to its authors, so a retired or edited question stays as they left it.
     */
    public Optional<ImportResult> seed(JsonNode tree) {
        String role = tree.path("role").asText();
        if (Question.count("role", role) > 0) {
            return Optional.empty();
        }
        return Optional.of(importBank(tree));
    }

    /** The current published version of every question of a role, as a bank, in id order. */
    public Optional<QuestionBank> export(String role) {
        List<QuestionBank.Entry> entries = entityManager.createQuery(
                        "from QuestionVersion v join fetch v.question q where q.role = :role and v.status = :status",
                        QuestionVersion.class)
                .setParameter("role", role)
                .setParameter("status", VersionStatus.PUBLISHED)
                .getResultStream()
                .map(version -> QuestionBank.Entry.of(QuestionSnapshot.of(version)))
                .sorted(Comparator.comparing(QuestionBank.Entry::id))
                .toList();
        return entries.isEmpty() ? Optional.empty() : Optional.of(new QuestionBank(role, entries));
    }

    static List<Invalid.Field> schemaViolations(JsonNode tree) {
        List<Invalid.Field> violations = new ArrayList<>();
        for (ValidationMessage message : BANK_SCHEMA.validate(tree)) {
            String path = message.getInstanceLocation().toString();
            // A missing or unknown property is reported at its parent; name the property itself.
            if (("required".equals(message.getType()) || "additionalProperties".equals(message.getType()))
                    && message.getProperty() != null) {
                path = path + "." + message.getProperty();
            }
            violations.add(new Invalid.Field(path, message.getError()));
        }
        if (violations.isEmpty()) {
            Map<String, Integer> firstIndex = new HashMap<>();
            JsonNode questions = tree.path("questions");
            for (int i = 0; i < questions.size(); i++) {
                Integer first = firstIndex.putIfAbsent(questions.get(i).path("id").asText(), i);
                if (first != null) {
                    violations.add(new Invalid.Field("$.questions[" + i + "].id",
                            "repeats the id of $.questions[" + first + "]"));
                }
            }
        }
        return violations;
    }

    // A question's placement is set once; a bank that moves an existing question is refused rather than half applied.
    private static List<Invalid.Field> conflicts(QuestionBank bank, Map<String, Question> existing) {
        List<Invalid.Field> violations = new ArrayList<>();
        for (int i = 0; i < bank.questions().size(); i++) {
            QuestionBank.Entry entry = bank.questions().get(i);
            Question question = existing.get(entry.id());
            if (question == null) {
                continue;
            }
            String at = "$.questions[" + i + "].";
            if (!question.role.equals(bank.role())) {
                violations.add(new Invalid.Field(at + "id", "is a question of the role " + question.role));
                continue;
            }
            differs(violations, at + "topic", question.topic, entry.topic());
            differs(violations, at + "difficulty", question.difficulty, entry.difficulty());
            differs(violations, at + "tags", question.tags, entry.tags());
            differs(violations, at + "timeLimitSeconds", question.timeLimitSeconds, entry.timeLimitSeconds());
        }
        return violations;
    }

    private static void differs(List<Invalid.Field> violations, String path, Object catalogue, Object bank) {
        if (!Objects.equals(catalogue, bank)) {
            violations.add(new Invalid.Field(path, "is " + catalogue
                    + " in the catalogue; a question's placement does not change once it exists"));
        }
    }

    private static Invalid invalid(List<Invalid.Field> violations) {
        List<Invalid.Field> sorted = violations.stream()
                .sorted(Comparator.comparing(Invalid.Field::name).thenComparing(Invalid.Field::message))
                .toList();
        return new Invalid("The bank was not imported: " + sorted.size()
                + (sorted.size() == 1 ? " error" : " errors") + "; nothing was written.", sorted);
    }

    /** What an import did: questions added, given a new version, and left as they were. */
    public record ImportResult(String role, int added, int updated, int unchanged) {
    }
}
