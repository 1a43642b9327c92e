package dev.mockinterview.contracts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How demanding a question is, easiest first: the one list that requests, pages, sorting and the catalogue events
 * use (the JSON Schemas spell it too, and a test holds them to it).
 */
public enum Difficulty {
    JUNIOR, MID, SENIOR;

    /** The difficulties as requests, events and pages name them, easiest first. */
    public static final List<String> LABELS = Arrays.stream(values()).map(Difficulty::label).toList();
    /** {@link #LABELS} as a regular expression for {@code @Pattern}, which needs a constant. */
    public static final String PATTERN = "junior|mid|senior";

    /** The name requests, events and pages use: {@code junior}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
