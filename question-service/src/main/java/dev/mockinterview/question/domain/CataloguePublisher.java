package dev.mockinterview.question.domain;

/**
 * Announces changes to the catalogue. Called inside the transaction that writes them, so the announcement is kept
 * if and only if the change is.
 */
public interface CataloguePublisher {
    /** The version is now the question's current one. */
    void published(QuestionSnapshot version);

    /** The version is retired: sessions no longer draw it, scores keep pointing at it. */
    void retired(QuestionSnapshot version);
}
