package dev.mockinterview.scoring.domain;

import java.util.List;

/** A replicated question version as pages show it: its question and rubric, without what the scorer keeps. */
public record PublishedVersion(String questionId, int version, String topic, String prompt, String modelAnswer,
                               List<KeyPoint> keyPoints) {

    static PublishedVersion of(QuestionVersion version) {
        return new PublishedVersion(version.questionId, version.version, version.topic, version.prompt,
                version.modelAnswer, version.keyPoints == null ? List.of() : List.copyOf(version.keyPoints));
    }
}
