package dev.mockinterview.scoring.domain.scorer;

import dev.mockinterview.scoring.domain.AnswerScorer;
import dev.mockinterview.scoring.domain.KeyPoint;
import dev.mockinterview.scoring.domain.QuestionVersion;
import dev.mockinterview.scoring.domain.ScoredAnswer;
import dev.mockinterview.scoring.domain.ScoredAnswer.Coverage;
import dev.mockinterview.scoring.domain.ScoredAnswer.Flag;
import dev.mockinterview.scoring.domain.ScoredAnswer.KeyPointFinding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rubric scorer: judges every key point of the question version against the answer's sentences, by meaning
 * (sentence embeddings) and by words (Lucene stems), and raises the flags of answers that must not be praised.
 *
 * <p>For each key point, each of its phrasings (text and alternatives) is compared with each sentence of the answer:
 * <pre>
 *   semantic = cos(phrasing, sentence), times N when one of the two is negated and the other not
 *   lexical  = weighted share of the phrasing's content stems the sentence uses (stems of the prompt weigh W, not 1)
 *   similarity = A * semantic + (1 - A) * lexical
 * </pre>
 * Two adjacent sentences are tried together too (their stems together, the closer of their meanings). The best
 * match is the key point's evidence; one calibrated {@link CreditMapping} turns its similarity into the point's
 * status (covered, partial, missing) and the share of its weight it earns. The score is the weighted mean of those
 * shares. A flagged answer keeps at most {@link Settings#flaggedShare} of that, and never more than
 * {@link Settings#flaggedMax}; an empty, non-answer ("I don't know") or gibberish one scores 0. When a question
 * version has no key points, its model answer is the one key point, phrased by each of its sentences and by the whole.
 *
 * <p>The work per answer is bounded: an answer of more than {@link Settings#maxSentences} sentences is judged in as
 * many runs of adjacent sentences, so a text cut into many short lines costs no more embeddings than a long one; an
 * answer of more than {@link Settings#maxEmbeddedWords} words has each sentence or run embedded by its first words
 * only, its share of that budget, so the longest answer costs about three typical 150-word ones.
 *
 * <p>Every setting is global: nothing is tuned per question. A, W and N were chosen on the train splits of
 * SemEval-2013; the credit mapping's cut-offs where the shipped question bank holds its own rubric best (its resource
 * file says how, and what a fit on graded answers alone would give); the thresholds of flags were set by hand.
 * Deterministic:
 * cosines are rounded to three decimals before they are combined, sentences and stems are visited in a fixed order,
 * and ties go to the earlier sentence.
 */
@ApplicationScoped
public class RubricScorer implements AnswerScorer {
    /** Stored with every score; change it whenever a change here, or of the model, could change a score. */
    public static final String VERSION = "rubric-embedding-3";
    private static final Pattern WORD = Pattern.compile("\\S+");

    @Override
    public String version() {
        return VERSION;
    }

    private final SentenceEmbedder embedder;
    private final Settings settings;
    private final CreditMapping mapping;
    private final TextAnalysis analysis = new TextAnalysis();

    @Inject
    public RubricScorer(SentenceEmbedder embedder) {
        this(embedder, Settings.DEFAULTS, CreditMapping.of(VERSION));
    }

    /** A scorer with another credit mapping: only to fit the mapping (deploy/evaluate-scorer --fit). */
    public RubricScorer(SentenceEmbedder embedder, CreditMapping mapping) {
        this(embedder, Settings.DEFAULTS, mapping);
    }

    RubricScorer(SentenceEmbedder embedder, Settings settings, CreditMapping mapping) {
        this.embedder = embedder;
        this.settings = settings;
        this.mapping = mapping;
    }

    /** The credit mapping this scorer judges key points by. */
    public CreditMapping mapping() {
        return mapping;
    }

    /** Embeds the version's prompt and key points once, when it is published, and keeps them with the version. */
    @Override
    public void prepare(QuestionVersion question) {
        question.rubricEmbeddings = embed(question);
    }

    @Override
    public ScoredAnswer score(String answer, QuestionVersion question) {
        RubricEmbeddings rubric = question.rubricEmbeddings;
        if (rubric == null || !embedder.model().equals(rubric.model())) {
            // A version scored without being prepared: a preview, or a version replicated by an older scorer.
            rubric = embed(question);
        }
        return score(answer, question, rubric);
    }

    RubricEmbeddings embed(QuestionVersion question) {
        List<RubricEmbeddings.Point> points = new ArrayList<>();
        List<KeyPoint> keyPoints = question.keyPoints == null ? List.of() : question.keyPoints;
        if (keyPoints.isEmpty()) {
            // A model answer is an example, not a checklist: an answer that makes it, in the words of any one of its
            // sentences or of the whole, makes the one key point such a version has.
            String modelAnswer = question.modelAnswer.strip();
            List<String> phrasings = new ArrayList<>(analysis.sentences(modelAnswer).stream()
                    .map(TextAnalysis.Sentence::text).toList());
            if (phrasings.size() != 1) {
                phrasings.add(modelAnswer);
            }
            points.add(point(modelAnswer, 1.0, true, phrasings));
        }
        for (KeyPoint keyPoint : keyPoints) {
            List<String> phrasings = new ArrayList<>();
            phrasings.add(keyPoint.text());
            if (keyPoint.alternatives() != null) {
                phrasings.addAll(keyPoint.alternatives());
            }
            points.add(point(keyPoint.text(), keyPoint.weight(), false, phrasings));
        }
        return new RubricEmbeddings(embedder.model(), embedder.embed(question.prompt), points);
    }

    private RubricEmbeddings.Point point(String text, double weight, boolean derived, List<String> phrasings) {
        return new RubricEmbeddings.Point(text, weight, derived, List.copyOf(phrasings),
                phrasings.stream().map(embedder::embed).toList());
    }

    private ScoredAnswer score(String answer, QuestionVersion question, RubricEmbeddings rubric) {
        List<String> words = analysis.words(answer).stream().filter(TextAnalysis::hasLetterOrDigit).toList();
        if (words.isEmpty() || TextAnalysis.isNonAnswer(answer)) {
            return unscored(rubric, Flag.EMPTY);
        }
        TreeSet<String> promptStems = analysis.stems(question.prompt);
        if (isGibberish(words, rubricStems(question, rubric, promptStems))) {
            return unscored(rubric, Flag.GIBBERISH);
        }
        List<Candidate> sentences = sentences(answer, rubric);
        List<Candidate> candidates = withAdjacentPairs(answer, sentences);
        List<KeyPointFinding> findings = rubric.keyPoints().stream()
                .map(point -> judge(point, candidates, promptStems))
                .toList();
        Set<Flag> flags = flags(answer, words, sentences, rubric, promptStems);
        int score = score(findings, flags);
        return new ScoredAnswer(score, ScoredAnswer.Band.of(score), findings, List.copyOf(flags), VERSION);
    }

    /**
     * The score of these findings and flags: the weighted mean of the points' credits, out of 100, held down when
     * the answer is flagged.
     */
    public int score(List<KeyPointFinding> findings, Set<Flag> flags) {
        if (flags.contains(Flag.EMPTY) || flags.contains(Flag.GIBBERISH)) {
            return 0;
        }
        double weighted = findings.stream()
                .mapToDouble(finding -> finding.weight() * mapping.credit(finding.similarity())).sum();
        double weights = findings.stream().mapToDouble(KeyPointFinding::weight).sum();
        double raw = weights == 0 ? 0 : 100 * weighted / weights;
        return flags.isEmpty() ? (int) Math.round(raw)
                : (int) Math.min(settings.flaggedMax(), Math.round(raw * settings.flaggedShare()));
    }

    private List<Candidate> sentences(String answer, RubricEmbeddings rubric) {
        List<Candidate> sentences = new ArrayList<>();
        List<TextAnalysis.Sentence> units = bounded(answer, analysis.sentences(answer));
        // Over the word budget, each unit is embedded by its first words only (its words all still count lexically):
        // the model's cost grows with the words it reads, and no answer may cost more than a few typical ones.
        int wordsPerUnit = WORD.matcher(answer).results().count() <= settings.maxEmbeddedWords()
                ? Integer.MAX_VALUE : Math.max(1, settings.maxEmbeddedWords() / units.size());
        for (TextAnalysis.Sentence sentence : units) {
            float[] vector = embedder.embed(firstWords(sentence.text(), wordsPerUnit));
            sentences.add(new Candidate(sentence.text(), sentence.start(), List.of(vector),
                    analysis.stems(sentence.text()), TextAnalysis.negated(analysis.words(sentence.text())),
                    cosine(vector, rubric.prompt())));
        }
        return sentences;
    }

    // More sentences than the bound: runs of adjacent sentences, as written, each embedded once.
    private List<TextAnalysis.Sentence> bounded(String answer, List<TextAnalysis.Sentence> sentences) {
        int limit = settings.maxSentences();
        if (sentences.size() <= limit) {
            return sentences;
        }
        List<TextAnalysis.Sentence> runs = new ArrayList<>();
        for (int run = 0; run < limit; run++) {
            TextAnalysis.Sentence first = sentences.get(run * sentences.size() / limit);
            TextAnalysis.Sentence last = sentences.get((run + 1) * sentences.size() / limit - 1);
            runs.add(new TextAnalysis.Sentence(answer.substring(first.start(), last.start() + last.text().length()),
                    first.start()));
        }
        return runs;
    }

    private static String firstWords(String text, int count) {
        Matcher words = WORD.matcher(text);
        for (int found = 0; words.find(); ) {
            if (++found == count) {
                return text.substring(0, words.end());
            }
        }
        return text;
    }

    // A point made across two sentences ("GET and PUT are idempotent. POST is not.") is judged on both: their words
    // together, and the closer of their meanings; the evidence is then both sentences as written.
    private static List<Candidate> withAdjacentPairs(String answer, List<Candidate> sentences) {
        List<Candidate> candidates = new ArrayList<>(sentences);
        for (int i = 0; i + 1 < sentences.size(); i++) {
            Candidate first = sentences.get(i);
            Candidate second = sentences.get(i + 1);
            TreeSet<String> stems = new TreeSet<>(first.stems());
            stems.addAll(second.stems());
            candidates.add(new Candidate(answer.substring(first.start(), second.start() + second.text().length()),
                    first.start(), List.of(first.vectors().get(0), second.vectors().get(0)), stems,
                    first.negated() != second.negated(), Math.max(first.promptCosine(), second.promptCosine())));
        }
        return candidates;
    }

    // The best match of any phrasing of the point; ties go to the earlier candidate, single sentences first.
    private KeyPointFinding judge(RubricEmbeddings.Point point, List<Candidate> candidates, Set<String> promptStems) {
        Candidate evidence = null;
        double best = 0;
        for (int p = 0; p < point.phrasings().size(); p++) {
            float[] phrasing = point.embeddings().get(p);
            String text = point.phrasings().get(p);
            Set<String> stems = analysis.stems(text);
            boolean negated = TextAnalysis.negated(analysis.words(text));
            for (Candidate candidate : candidates) {
                double semantic = candidate.closestCosine(phrasing);
                if (negated != candidate.negated()) {
                    semantic *= settings.negationMismatch();
                }
                double similarity = stems.isEmpty() ? semantic : settings.semanticShare() * semantic
                        + (1 - settings.semanticShare()) * lexical(stems, candidate.stems(), promptStems);
                // Two sentences must earn their place as evidence over one.
                if (candidate.vectors().size() > 1) {
                    similarity -= settings.pairMargin();
                }
                if (similarity > best) {
                    best = similarity;
                    evidence = candidate;
                }
            }
        }
        best = round(best);
        Coverage status = mapping.status(best);
        return new KeyPointFinding(point.text(), point.weight(), status, best,
                status == Coverage.MISSING ? null : evidence.text());
    }

    private Set<Flag> flags(String answer, List<String> words, List<Candidate> sentences, RubricEmbeddings rubric,
                            Set<String> promptStems) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (words.size() < settings.minWords()) {
            flags.add(Flag.TOO_SHORT);
        }
        double closestToPrompt = sentences.stream().mapToDouble(Candidate::promptCosine).max().orElse(0);
        // How close each sentence comes to the prompt or to any phrasing of any key point, computed once.
        double[] nearness = sentences.stream().mapToDouble(sentence -> Math.max(sentence.promptCosine(),
                rubric.keyPoints().stream().flatMap(point -> point.embeddings().stream())
                        .mapToDouble(sentence::closestCosine).max().orElse(0))).toArray();
        if (Arrays.stream(nearness).max().orElse(0) < settings.offTopicBelow() || mostlyAboutSomethingElse(nearness)) {
            flags.add(Flag.OFF_TOPIC);
        } else if (restatesThePrompt(analysis.stems(answer), promptStems, closestToPrompt)) {
            flags.add(Flag.RESTATES_QUESTION);
        }
        if (isKeywordList(words)) {
            flags.add(Flag.KEYWORD_LIST);
        }
        return flags;
    }

    // A long answer most of whose sentences are near neither the prompt nor any key point: other answers pasted
    // together must not earn the points they happen to brush against somewhere in their bulk.
    private boolean mostlyAboutSomethingElse(double[] nearness) {
        if (nearness.length < settings.focusMinSentences()) {
            return false;
        }
        long onTopic = Arrays.stream(nearness).filter(near -> near >= settings.onTopicCosine()).count();
        return onTopic < settings.onTopicShare() * nearness.length;
    }

    // Words of the prompt count less: naming what the question names shows little.
    private double lexical(Set<String> expected, Set<String> used, Set<String> promptStems) {
        double total = 0;
        double found = 0;
        for (String stem : expected) {
            double weight = promptStems.contains(stem) ? settings.promptWordWeight() : 1;
            total += weight;
            if (used.contains(stem)) {
                found += weight;
            }
        }
        return total == 0 ? 0 : found / total;
    }

    // Most words neither the model's vocabulary nor the rubric knows: keyboard mashing, made-up words.
    private boolean isGibberish(List<String> words, Set<String> rubricStems) {
        int letters = 0;
        int unknown = 0;
        for (String word : words) {
            if (word.chars().allMatch(Character::isLetter)) {
                letters++;
                if (!Vocabulary.knows(word) && !rubricStems.contains(analysis.stem(word))) {
                    unknown++;
                }
            }
        }
        long distinct = words.stream().distinct().count();
        return letters > 0 && unknown >= settings.gibberishShare() * letters
                || words.size() >= settings.minWords() * 2 && distinct * 4 <= words.size();
    }

    private Set<String> rubricStems(QuestionVersion question, RubricEmbeddings rubric, Set<String> promptStems) {
        Set<String> stems = new TreeSet<>(promptStems);
        stems.addAll(analysis.stems(question.modelAnswer));
        rubric.keyPoints().forEach(point -> point.phrasings().forEach(p -> stems.addAll(analysis.stems(p))));
        return stems;
    }

    // Hardly a content word the prompt does not have, and close to the prompt in meaning or using most of its words
    // (a prompt of several sentences copied back is close to none of them alone).
    private boolean restatesThePrompt(Set<String> answerStems, Set<String> promptStems, double closestToPrompt) {
        long novel = answerStems.stream().filter(stem -> !promptStems.contains(stem)).count();
        long shared = answerStems.size() - novel;
        return !answerStems.isEmpty() && novel <= settings.restatedNovelShare() * answerStems.size()
                && (closestToPrompt >= settings.restatedPromptCosine()
                || shared >= settings.restatedPromptShare() * promptStems.size());
    }

    // Terms without the function words that would make them statements: "GET, PUT, idempotency, retries".
    private boolean isKeywordList(List<String> words) {
        if (words.size() < settings.keywordListMinWords()) {
            return false;
        }
        long function = words.stream().filter(TextAnalysis::isFunctionWord).count();
        return function < settings.keywordListFunctionShare() * words.size();
    }

    private ScoredAnswer unscored(RubricEmbeddings rubric, Flag flag) {
        List<KeyPointFinding> findings = rubric.keyPoints().stream()
                .map(point -> new KeyPointFinding(point.text(), point.weight(), Coverage.MISSING, 0.0, null))
                .toList();
        return new ScoredAnswer(0, ScoredAnswer.Band.of(0), findings, List.of(flag), VERSION);
    }

    // Rounded to three decimals, so that the last bits of floating point arithmetic never change a result.
    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
        }
        return round(dot);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    // A sentence, or two adjacent ones, of the answer: the text as written and where it starts, the embeddings,
    // content stems, polarity, and closeness to the prompt.
    private record Candidate(String text, int start, List<float[]> vectors, Set<String> stems, boolean negated,
                             double promptCosine) {
        double closestCosine(float[] phrasing) {
            return vectors.stream().mapToDouble(vector -> cosine(phrasing, vector)).max().orElse(0);
        }
    }

    /**
     * The scorer's global settings (documented in the README's "Scoring" section); none is tuned per question.
     *
     * @param semanticShare            A: the weight of meaning against words in a key point's similarity
     * @param promptWordWeight         the weight of a stem the prompt contains, against 1 for any other
     * @param minWords                 fewer words than this is TOO_SHORT
     * @param offTopicBelow            OFF_TOPIC when no sentence's cosine with the prompt or any phrasing reaches this
     * @param pairMargin               how much better two adjacent sentences must match than one to be evidence
     * @param negationMismatch         the share of a cosine kept when one text is negated and the other not
     * @param restatedPromptCosine     RESTATES_QUESTION when a sentence is at least this close to the prompt, or ...
     * @param restatedPromptShare      ... the answer uses at least this share of the prompt's content stems, ...
     * @param restatedNovelShare       ... and at most this share of the answer's content stems is new
     * @param keywordListMinWords      KEYWORD_LIST needs at least this many words ...
     * @param keywordListFunctionShare ... of which fewer than this share are function words
     * @param gibberishShare           GIBBERISH when at least this share of the words is unknown
     * @param flaggedShare             a flagged answer keeps this share of its score ...
     * @param flaggedMax               ... and never more than this
     * @param maxSentences             an answer is judged in at most this many sentences (or runs of them)
     * @param maxEmbeddedWords         the model reads at most this many words of an answer
     * @param focusMinSentences        an answer of at least this many sentences is OFF_TOPIC when fewer than ...
     * @param onTopicShare             ... this share of them come at least ...
     * @param onTopicCosine            ... this close to the prompt or a key point
     */
    record Settings(double semanticShare, double promptWordWeight, int minWords, double offTopicBelow,
                    double pairMargin, double negationMismatch, double restatedPromptCosine,
                    double restatedPromptShare, double restatedNovelShare,
                    int keywordListMinWords, double keywordListFunctionShare, double gibberishShare,
                    double flaggedShare, int flaggedMax, int maxSentences, int maxEmbeddedWords, int focusMinSentences,
                    double onTopicShare, double onTopicCosine) {
        static final Settings DEFAULTS = new Settings(0.6, 0.1, 3, 0.25, 0.05, 0.7, 0.8, 0.5, 0.2, 4, 0.1, 0.5, 0.3,
                20, 24, 450, 8, 0.25, 0.4);
    }
}
