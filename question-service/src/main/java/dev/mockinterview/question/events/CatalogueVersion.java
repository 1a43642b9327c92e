package dev.mockinterview.question.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.mockinterview.question.domain.KeyPoint;
import dev.mockinterview.question.domain.QuestionSnapshot;

import java.time.Instant;
import java.util.List;

/**
 * The data of question-published and question-retired: the whole version with its rubric, so consumers need no
 * call back, and so that the one event the compacted topic keeps per version is enough to rebuild a replica.
 */
public record CatalogueVersion(String questionId, int version, String role, String topic, String difficulty,
                               List<String> tags, int timeLimitSeconds, String prompt, String rationale,
                               String modelAnswer, List<KeyPoint> keyPoints, Instant publishedAt,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Instant retiredAt) {

    static CatalogueVersion of(QuestionSnapshot version) {
        return new CatalogueVersion(version.id(), version.version(), version.role(), version.topic(),
                version.difficulty(), version.tags(), version.timeLimitSeconds(), version.prompt(),
                version.rationale(), version.modelAnswer(), version.keyPoints(), version.publishedAt(),
                version.retiredAt());
    }
}
