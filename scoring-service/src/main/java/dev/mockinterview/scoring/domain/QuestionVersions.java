package dev.mockinterview.scoring.domain;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The replicated question versions, read through a bounded in-memory cache ({@code question-versions}): every answer
 * needs its version's rubric embeddings, tens of kilobytes of JSON to read and parse, and a version never changes
 * once replicated. Only versions read from the database are cached, so the cache never holds one whose transaction
 * has not committed, and a version that has not arrived yet is looked up again the next time.
 */
@ApplicationScoped
public class QuestionVersions {
    private final CaffeineCache cache;

    QuestionVersions(@CacheName("question-versions") Cache cache) {
        this.cache = cache.as(CaffeineCache.class);
    }

    /** The version's question and rubric for a page, or empty while scoring has not heard of it. */
    public Optional<PublishedVersion> published(String questionId, int version) {
        return find(questionId, version).map(PublishedVersion::of);
    }

    /** The version, or empty while scoring has not heard of it. The instance is shared: read it, never change it. */
    public Optional<QuestionVersion> find(String questionId, int version) {
        QuestionVersion.Key key = new QuestionVersion.Key(questionId, version);
        CompletableFuture<QuestionVersion> cached = cache.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached.join());
        }
        Optional<QuestionVersion> stored = QuestionVersion.findByIdOptional(key);
        stored.ifPresent(found -> cache.put(key, CompletableFuture.completedFuture(found)));
        return stored;
    }
}
