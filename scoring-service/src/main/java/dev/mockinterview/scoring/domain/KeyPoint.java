package dev.mockinterview.scoring.domain;

import java.util.List;

/** One point of a question version's rubric, as the catalogue published it. */
public record KeyPoint(String text, double weight, List<String> alternatives) {
}
