package dev.mockinterview.scoring.domain.scorer;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class MiniLmEmbedderTest {
    private static final List<String> SENTENCES = List.of(
            "An index is a separate structure, usually a B-tree, that keeps column values in order.",
            "Use it for payments.",
            "Clients retry after timeouts, so the server stores the idempotency key with the result and returns the "
                    + "stored result for a duplicate request instead of charging the card twice.");

    private final MiniLmEmbedder embedder = new MiniLmEmbedder();

    // Stored rubric embeddings were made with the library's own session: our session must not move a single bit.
    @Test
    void givesTheLibraryDefaultSessionsVectorsBitForBit() {
        AllMiniLmL6V2QuantizedEmbeddingModel library = new AllMiniLmL6V2QuantizedEmbeddingModel();

        for (String sentence : SENTENCES) {
            assertThat(embedder.embed(sentence)).containsExactly(library.embed(sentence).content().vector());
        }
    }

    @Test
    void givesTheSameVectorsWhenWorkersEmbedAtTheSameTime() throws Exception {
        List<float[]> alone = SENTENCES.stream().map(embedder::embed).toList();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<float[]>>> together = new ArrayList<>();
            for (int worker = 0; worker < 4; worker++) {
                together.add(workers.submit(() -> SENTENCES.stream().map(embedder::embed).toList()));
            }
            for (Future<List<float[]>> vectors : together) {
                List<float[]> got = vectors.get();
                for (int i = 0; i < SENTENCES.size(); i++) {
                    assertThat(got.get(i)).containsExactly(alone.get(i));
                }
            }
        } finally {
            workers.shutdown();
        }
    }
}
