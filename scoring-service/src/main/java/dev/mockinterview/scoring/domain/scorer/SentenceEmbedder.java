package dev.mockinterview.scoring.domain.scorer;

/** Turns a sentence into a unit vector whose cosine with another sentence's vector measures how alike they mean. */
public interface SentenceEmbedder {
    /** Names the model: embeddings of different models are never compared. */
    String model();

    /** The text's embedding, of length one. Deterministic: the same text gives the same vector. */
    float[] embed(String text);
}
