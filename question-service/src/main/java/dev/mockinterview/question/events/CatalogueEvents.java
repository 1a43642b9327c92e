package dev.mockinterview.question.events;

import dev.mockinterview.question.domain.QuestionSnapshot;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes the catalogue's events in the caller's transaction. */
@ApplicationScoped
public class CatalogueEvents {
    public void published(QuestionSnapshot version) {
    }

    public void retired(QuestionSnapshot version) {
    }
}
