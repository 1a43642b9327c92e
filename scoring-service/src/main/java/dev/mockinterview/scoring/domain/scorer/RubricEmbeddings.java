package dev.mockinterview.scoring.domain.scorer;

import java.util.List;

/**
 * What the rubric scorer computes once per question version, when the version is published, and stores with it:
 * the embedding of the prompt and of every phrasing of every key point (the key points of the rubric, or those
 * derived from the model answer when the rubric has none).
 *
 * @param model     the embedding model; embeddings of another model are computed afresh
 * @param prompt    the prompt's embedding
 * @param keyPoints the key points the scorer judges, in rubric order
 */
public record RubricEmbeddings(String model, float[] prompt, List<Point> keyPoints) {

    /**
     * One key point: its text and alternatives (the phrasings), each with its embedding.
     *
     * @param derived true when the point is the model answer itself rather than a key point of the rubric
     */
    public record Point(String text, double weight, boolean derived, List<String> phrasings,
                        List<float[]> embeddings) {
    }
}
