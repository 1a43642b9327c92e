package dev.mockinterview.question.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A bank of questions for one role, the format the catalogue imports and exports (JSON or YAML). Its rules are the
 * JSON Schema {@code schemas/question-bank.schema.json}, checked before anything is imported.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionBank(String role, List<Entry> questions) {

    /** One question of the bank with the content of its current version. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String id, String topic, String difficulty, List<String> tags, int timeLimitSeconds,
                        String prompt, String rationale, String modelAnswer, List<KeyPoint> keyPoints) {

        static Entry of(QuestionSnapshot question) {
            return new Entry(question.id(), question.topic(), question.difficulty(), question.tags(),
                    question.timeLimitSeconds(), question.prompt(), question.rationale(), question.modelAnswer(),
                    question.keyPoints());
        }

        QuestionContent content() {
            return new QuestionContent(prompt, rationale, modelAnswer, keyPoints);
        }
    }
}
