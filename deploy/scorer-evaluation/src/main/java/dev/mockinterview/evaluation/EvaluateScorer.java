package dev.mockinterview.evaluation;

import dev.mockinterview.scoring.domain.AnswerScorer;
import dev.mockinterview.scoring.domain.KeyPoint;
import dev.mockinterview.scoring.domain.QuestionVersion;
import dev.mockinterview.scoring.domain.ScoredAnswer;
import dev.mockinterview.scoring.domain.scorer.MiniLmEmbedder;
import dev.mockinterview.scoring.domain.scorer.RubricScorer;
import dev.mockinterview.scoring.domain.scorer.SentenceEmbedder;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Measures how the scorers agree with human graders on TSVs of graded answers (run by deploy/evaluate-scorer), or
 * fits the rubric scorer's credit mapping on their train splits ({@code --fit}).
 *
 * <p>A question with one reference answer becomes a question version with that model answer and no key points (the
 * scorer derives them from its sentences); with several, one key point whose phrasings are the references, any of
 * which may be matched. Each question version is prepared once, as on publication, outside the timed scoring.
 *
 * <p>Prints, per scorer, corpus and split: ROC AUC of the score for correct against not correct; accuracy at the
 * product's own cut-off (a score of 60 or more, GOOD or STRONG, counts as correct); where the grades are numeric,
 * Pearson and Spearman correlation with them and the root-mean-square error of score/100 against the grade. Then
 * the time each scorer takes per answer. The scorers: the rubric scorer, the plain cosine between the whole answer
 * and the reference with the rubric scorer's own model, and the term-overlap baseline.
 */
public final class EvaluateScorer {
    private static final String TRAIN = "train";
    private static final int CORRECT_FROM = 60;

    private EvaluateScorer() {
    }

    public static void main(String[] args) throws IOException {
        boolean fit = args.length > 0 && args[0].equals("--fit");
        List<String> files = Arrays.asList(args).subList(fit ? 1 : 0, args.length);
        if (files.isEmpty()) {
            System.err.println("usage: deploy/evaluate-scorer [--fit] PATH/TO/graded-answers.tsv ...");
            System.exit(2);
        }
        List<GradedAnswer> answers = new ArrayList<>();
        for (String file : files) {
            answers.addAll(GradedAnswers.read(Path.of(file)));
        }
        SentenceEmbedder embedder = new MiniLmEmbedder();
        if (fit) {
            CreditMappingFit.print(answers.stream().filter(answer -> answer.split().equals(TRAIN)).toList(),
                    new RubricScorer(embedder), System.out);
            return;
        }
        evaluate(answers, files, embedder, System.out);
    }

    private static void evaluate(List<GradedAnswer> answers, List<String> files, SentenceEmbedder embedder,
                                 PrintStream out) {
        out.printf(Locale.ROOT, "%d graded answers from %s%n%n", answers.size(), String.join(", ", files));
        Map<String, AnswerScorer> scorers = new LinkedHashMap<>();
        scorers.put(RubricScorer.VERSION, new RubricScorer(embedder));
        scorers.put(WholeAnswerCosine.VERSION, new WholeAnswerCosine(embedder));
        scorers.put(TermOverlapScorer.VERSION, new TermOverlapScorer());

        Map<String, List<Double>> millis = new LinkedHashMap<>();
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (var scorer : scorers.entrySet()) {
            List<Double> times = new ArrayList<>();
            scores.put(scorer.getKey(), Arrays.stream(score(scorer.getValue(), answers, times))
                    .mapToDouble(ScoredAnswer::score).toArray());
            millis.put(scorer.getKey(), times);
        }

        out.println("| scorer | corpus | split | answers | correct | ROC AUC | accuracy at 60 | Pearson | Spearman "
                + "| RMSE |");
        out.println("|---|---|---|---:|---:|---:|---:|---:|---:|---:|");
        for (var scorer : scores.entrySet()) {
            for (String corpus : distinct(answers, GradedAnswer::corpus)) {
                List<GradedAnswer> inCorpus = answers.stream().filter(answer -> answer.corpus().equals(corpus))
                        .toList();
                for (String split : distinct(inCorpus, GradedAnswer::split)) {
                    out.println(row(scorer.getKey(), corpus, split, answers, scorer.getValue(),
                            answer -> answer.corpus().equals(corpus) && answer.split().equals(split)));
                }
            }
        }
        out.println();
        // An answer that contradicts the reference must not pass for a correct one: the share of each label's
        // answers that score 60 or more, on the unseen splits.
        out.println("| scorer | corpus | label (unseen splits) | answers | scored 60 or more | mean score |");
        out.println("|---|---|---|---:|---:|---:|");
        for (var scorer : scores.entrySet()) {
            for (String corpus : distinct(answers, GradedAnswer::corpus)) {
                for (String label : answers.stream().filter(answer -> answer.corpus().equals(corpus))
                        .map(GradedAnswer::label).filter(Objects::nonNull).distinct().sorted().toList()) {
                    double[] picked = IntStream.range(0, answers.size()).filter(i -> answers.get(i).corpus()
                                    .equals(corpus) && label.equals(answers.get(i).label())
                                    && !answers.get(i).split().equals(TRAIN))
                            .mapToDouble(i -> scorer.getValue()[i]).toArray();
                    out.printf(Locale.ROOT, "| %s | %s | %s | %d | %s | %s |%n", scorer.getKey(), corpus, label,
                            picked.length, figure(Arrays.stream(picked).filter(score -> score >= CORRECT_FROM)
                                    .count() / (double) picked.length),
                            figure(Arrays.stream(picked).average().orElse(Double.NaN)));
                }
            }
        }
        out.println();
        out.println("| scorer | answers timed | mean ms | p50 ms | p99 ms |");
        out.println("|---|---:|---:|---:|---:|");
        for (var times : millis.entrySet()) {
            out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f |%n", times.getKey(), times.getValue().size(),
                    times.getValue().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
                    Agreement.percentile(times.getValue(), 0.5), Agreement.percentile(times.getValue(), 0.99));
        }
    }

    /** Scores every answer, each question version prepared once (outside the timing), in the order given. */
    static ScoredAnswer[] score(AnswerScorer scorer, List<GradedAnswer> answers, List<Double> millis) {
        Map<List<String>, QuestionVersion> questions = new HashMap<>();
        ScoredAnswer[] scored = new ScoredAnswer[answers.size()];
        for (int i = 0; i < answers.size(); i++) {
            GradedAnswer answer = answers.get(i);
            QuestionVersion question = questions.computeIfAbsent(answer.questionKey(), key -> {
                QuestionVersion version = questionVersion(answer);
                scorer.prepare(version);
                return version;
            });
            long start = System.nanoTime();
            scored[i] = scorer.score(answer.answer(), question);
            millis.add((System.nanoTime() - start) / 1e6);
            if ((i + 1) % 2000 == 0) {
                System.err.printf(Locale.ROOT, "%s: %d of %d answers scored%n", scorer.version(), i + 1,
                        answers.size());
            }
        }
        return scored;
    }

    private static QuestionVersion questionVersion(GradedAnswer answer) {
        QuestionVersion version = new QuestionVersion();
        version.questionId = answer.question();
        version.version = 1;
        version.prompt = answer.question();
        version.modelAnswer = String.join("\n", answer.references());
        version.keyPoints = answer.references().size() == 1 ? List.of()
                : List.of(new KeyPoint(answer.references().get(0), 1.0,
                answer.references().subList(1, answer.references().size())));
        return version;
    }

    private static String row(String scorer, String corpus, String split, List<GradedAnswer> answers,
                              double[] scores, Predicate<GradedAnswer> selected) {
        int[] rows = IntStream.range(0, answers.size()).filter(i -> selected.test(answers.get(i))).toArray();
        double[] picked = Arrays.stream(rows).mapToDouble(i -> scores[i]).toArray();
        boolean[] correct = new boolean[rows.length];
        int correctCount = 0;
        for (int i = 0; i < rows.length; i++) {
            correct[i] = answers.get(rows[i]).correct();
            correctCount += correct[i] ? 1 : 0;
        }
        boolean graded = Arrays.stream(rows).allMatch(i -> answers.get(i).grade() != null);
        double[] grades = graded ? Arrays.stream(rows).mapToDouble(i -> answers.get(i).grade()).toArray() : null;
        return String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %s | %s | %s | %s | %s |", scorer, corpus,
                split, rows.length, correctCount, figure(Agreement.rocAuc(picked, correct)),
                figure(Agreement.accuracy(picked, correct, CORRECT_FROM)),
                graded ? figure(Agreement.pearson(picked, grades)) : "-",
                graded ? figure(Agreement.spearman(picked, grades)) : "-",
                graded ? figure(Agreement.rmse(Arrays.stream(picked).map(score -> score / 100).toArray(), grades))
                        : "-");
    }

    private static String figure(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    // Train first, then the other splits in alphabetical order.
    private static List<String> distinct(List<GradedAnswer> answers, Function<GradedAnswer, String> key) {
        TreeMap<String, Boolean> values = new TreeMap<>((a, b) -> a.equals(b) ? 0
                : a.equals(TRAIN) ? -1 : b.equals(TRAIN) ? 1 : a.compareTo(b));
        answers.forEach(answer -> values.put(key.apply(answer), true));
        return List.copyOf(values.keySet());
    }
}
