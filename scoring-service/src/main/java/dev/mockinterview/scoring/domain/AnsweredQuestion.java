package dev.mockinterview.scoring.domain;

import java.util.UUID;

/**
 * What a page shows beside an answer's score: the candidate's text and the question version it answers.
 *
 * @param prompt      null when scoring has not heard of the question version
 * @param modelAnswer null when scoring has not heard of the question version
 */
public record AnsweredQuestion(UUID answerId, String text, String prompt, String modelAnswer) {
}
