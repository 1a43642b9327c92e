package dev.mockinterview.question.domain;

import dev.mockinterview.contracts.Difficulty;

/** The shapes of the catalogue's names; the bank's JSON Schema repeats them. */
public final class Slugs {
    /** Ids, roles and topics: lowercase words joined by hyphens, such as {@code rest-vs-graphql}. */
    public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    /** Tags may also hold dots ({@code oauth2.1}). */
    public static final String TAG = "^[a-z0-9]+([-.][a-z0-9]+)*$";
    public static final String DIFFICULTY = "^(" + Difficulty.PATTERN + ")$";

    private Slugs() {
    }
}
