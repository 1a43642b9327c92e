package dev.mockinterview.scoring.domain.scorer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The English words the embedding model knows whole: the uncased BERT WordPiece vocabulary that all-MiniLM-L6-v2
 * uses, as langchain4j ships it. Keyboard mashing and made-up words are not in it; most words of prose are.
 * Only ever looked up, never iterated, so its hash order cannot leak into a score.
 */
final class Vocabulary {
    private static final String RESOURCE = "/bert-vocabulary-en.txt";
    private static final Set<String> WORDS = load();
    private static final String[] SUFFIXES = {"s", "es", "ed", "d", "ing", "ly", "er", "ers", "ness", "ity"};

    private Vocabulary() {
    }

    /** Whether a lower-cased word, or the word without a common English suffix, is a known whole word. */
    static boolean knows(String word) {
        if (WORDS.contains(word)) {
            return true;
        }
        for (String suffix : SUFFIXES) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix)
                    && WORDS.contains(word.substring(0, word.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        try (InputStream stream = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException(RESOURCE + " (langchain4j-embeddings) is missing from the class path");
            }
            Set<String> words = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                // Word pieces ("##ing"), special tokens ("[CLS]") and single characters are no words of their own.
                if (line.length() > 1 && !line.startsWith("##") && !line.startsWith("[")) {
                    words.add(line);
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
