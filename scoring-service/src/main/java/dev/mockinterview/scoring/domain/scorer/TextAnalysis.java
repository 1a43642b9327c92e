package dev.mockinterview.scoring.domain.scorer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text, through Lucene's analysis: sentences, lower-cased words, and content stems (Snowball's
 * English stop list removed, Porter stems). Thread-safe: an {@link Analyzer} keeps one token stream per thread.
 */
public final class TextAnalysis {
    /** Snowball's English stop words: the function words of prose ("the", "which", "because", "can", ...). */
    static final CharArraySet FUNCTION_WORDS = snowballEnglishStopWords();

    // A sentence ends at . ! ? or ; followed by white space, or at a line break; a list item's bullet or number
    // starts a new sentence. Abbreviations such as "e.g." end no sentence. The cheap look-behind for the punctuation
    // comes first, so the abbreviations are tried only after . ! ? or ; and not at every character.
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[.!?;])(?<!\\b(?:e\\.g|i\\.e|etc|vs|cf|approx|incl)\\.)\\s+|\\s*[\\r\\n]+\\s*");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nor", "none", "nothing", "cannot",
            "without", "neither");
    // What people write instead of an answer: "No answer.", "I don't know", "n/a", "skip", "?".
    private static final Pattern NON_ANSWER = Pattern.compile("(?i)\\s*(?:(?:no|empty|without)\\s+(?:answer|response|"
            + "submission)|(?:i\\s+)?(?:don'?t|do\\s+not)\\s+know|no\\s+idea|idk|n/?a|none|nothing|pass|skip(?:ped)?)"
            + "[\\s.!?]*|[\\s?.!-]*");
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[-*\u2022]+|\\d{1,2}[.)])\\s+");

    private final Analyzer words = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    };
    private final Analyzer stems = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, FUNCTION_WORDS);
            return new TokenStreamComponents(source, new PorterStemFilter(stream));
        }
    };

    /** A sentence of a text, exactly as written (trimmed), with where it starts. */
    record Sentence(String text, int start) {
    }

    /** The text's sentences in order, each trimmed and without its list bullet; blank ones are left out. */
    List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        while (end.find()) {
            addSentence(text, start, end.start(), sentences);
            start = end.end();
        }
        addSentence(text, start, text.length(), sentences);
        return sentences;
    }

    private static void addSentence(String text, int start, int end, List<Sentence> sentences) {
        String sentence = text.substring(start, end);
        Matcher mark = LIST_MARK.matcher(sentence);
        int skip = mark.find() ? mark.end() : 0;
        String trimmed = sentence.substring(skip).strip();
        if (!trimmed.isEmpty() && trimmed.codePoints().anyMatch(Character::isLetterOrDigit)) {
            sentences.add(new Sentence(trimmed, start + skip + sentence.substring(skip).indexOf(trimmed)));
        }
    }

    /** Every word of the text, lower-cased, in order, stop words included. */
    List<String> words(String text) {
        return terms(words, text);
    }

    /** The distinct content stems of the text, sorted (so that nothing depends on hash order). */
    TreeSet<String> stems(String text) {
        return new TreeSet<>(terms(stems, text));
    }

    /** The content stem of one word, or the empty string for a function word. */
    String stem(String word) {
        List<String> stem = terms(stems, word);
        return stem.isEmpty() ? "" : stem.get(0);
    }

    static boolean hasLetterOrDigit(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Whether the words deny rather than assert: an odd number of negations ("not", "no", "isn't", ...). */
    static boolean negated(List<String> words) {
        long negations = words.stream().filter(word -> NEGATIONS.contains(word) || word.endsWith("n't")).count();
        return negations % 2 == 1;
    }

    /** Whether the text says there is no answer rather than giving one ("No answer.", "I don't know"). */
    static boolean isNonAnswer(String text) {
        return NON_ANSWER.matcher(text).matches();
    }

    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word);
    }

    /** The terms an analyzer makes of a text, in order. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            // Analysing a String reads no file or socket; Lucene declares the exception for Readers in general.
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static CharArraySet snowballEnglishStopWords() {
        try (InputStream list = SnowballFilter.class.getResourceAsStream("english_stop.txt")) {
            if (list == null) {
                throw new IllegalStateException("Lucene's english_stop.txt is missing from the class path");
            }
            return WordlistLoader.getSnowballWordSet(new InputStreamReader(list, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
