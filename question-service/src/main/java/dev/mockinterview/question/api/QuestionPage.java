package dev.mockinterview.question.api;

import java.util.List;

/** One page of questions, with the total number across all pages. */
public record QuestionPage(List<QuestionView> items, int page, int size, long total) {
}
