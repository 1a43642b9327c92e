package dev.mockinterview.scoring.domain.scorer;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised), run in-process by ONNX Runtime from the model inside the
 * langchain4j jar: no network, no model download. The model loads on first use (about 0.7 s). ONNX Runtime unpacks
 * its native library into {@code java.io.tmpdir} and the tokenizer's into {@code DJL_CACHE_DIR} (default
 * {@code ~/.djl.ai}); both must be writable.
 */
@ApplicationScoped
public class MiniLmEmbedder implements SentenceEmbedder {
    private volatile AllMiniLmL6V2QuantizedEmbeddingModel model;

    @Override
    public String model() {
        return "all-minilm-l6-v2-q";
    }

    @Override
    public float[] embed(String text) {
        return loaded().embed(text).content().vector();
    }

    private AllMiniLmL6V2QuantizedEmbeddingModel loaded() {
        AllMiniLmL6V2QuantizedEmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    createTemporaryFolder();
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
                loaded = model;
            }
        }
        return loaded;
    }

    // ONNX Runtime fails to load when java.io.tmpdir names a folder that does not exist yet.
    private static void createTemporaryFolder() {
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException("java.io.tmpdir cannot be created", e);
        }
    }
}
