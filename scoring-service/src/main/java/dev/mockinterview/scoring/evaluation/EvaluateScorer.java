package dev.mockinterview.scoring.evaluation;

import dev.mockinterview.scoring.domain.AnswerScorer;
import dev.mockinterview.scoring.domain.KeyPoint;
import dev.mockinterview.scoring.domain.QuestionVersion;
import dev.mockinterview.scoring.domain.TermOverlapScorer;
import dev.mockinterview.scoring.domain.scorer.MiniLmEmbedder;
import dev.mockinterview.scoring.domain.scorer.RubricScorer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Measures how the scorers agree with human graders on a TSV of graded answers (run by deploy/evaluate-scorer).
 *
 * <p>Columns, by header name: {@code question}, {@code reference_answers} (several joined by {@code " || "}),
 * {@code student_answer}; {@code corpus} and {@code split} when present; the judgement from {@code label_2way},
 * {@code label_3way} or {@code label} ("correct" or not) and/or a numeric {@code grade}, {@code score} or
 * {@code score_avg}. Without a label, an answer is correct when its grade is at least half the file's highest.
 *
 * <p>A question with one reference answer becomes a question version with that model answer and no key points (the
 * scorer derives them from its sentences); with several, one key point whose phrasings are the references, any of
 * which may be matched. Each question version is prepared once, as on publication, outside the timed scoring.
 *
 * <p>Prints, per scorer, corpus and split: ROC AUC of the score for correct against not correct; accuracy and
 * macro-F1 at the one threshold with the best macro-F1 on the corpus's {@code train} split; Pearson and Spearman
 * correlation with the numeric grade where there is one. Then the time each scorer takes per answer.
 */
public final class EvaluateScorer {
    private static final String TRAIN = "train";

    private EvaluateScorer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: deploy/evaluate-scorer PATH/TO/graded-answers.tsv");
            System.exit(2);
        }
        List<GradedAnswer> answers = read(Path.of(args[0]));
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%d graded answers from %s%n%n", answers.size(), args[0]);
        Map<String, AnswerScorer> scorers = new LinkedHashMap<>();
        scorers.put(RubricScorer.VERSION, new RubricScorer(new MiniLmEmbedder()));
        scorers.put(TermOverlapScorer.VERSION, new TermOverlapScorer());

        Map<String, List<Double>> millis = new LinkedHashMap<>();
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (var scorer : scorers.entrySet()) {
            List<Double> times = new ArrayList<>();
            scores.put(scorer.getKey(), score(scorer.getValue(), answers, times));
            millis.put(scorer.getKey(), times);
        }

        out.println("| scorer | corpus | split | answers | correct | ROC AUC | accuracy | macro-F1 | Pearson "
                + "| Spearman |");
        out.println("|---|---|---|---:|---:|---:|---:|---:|---:|---:|");
        for (var scorer : scores.entrySet()) {
            for (String corpus : distinct(answers, GradedAnswer::corpus)) {
                Predicate<GradedAnswer> inCorpus = answer -> answer.corpus().equals(corpus);
                double threshold = threshold(answers, scorer.getValue(),
                        inCorpus.and(answer -> answer.split().equals(TRAIN)));
                for (String split : distinct(answers.stream().filter(inCorpus).toList(), GradedAnswer::split)) {
                    out.println(row(scorer.getKey(), corpus, split, answers, scorer.getValue(), threshold,
                            inCorpus.and(answer -> answer.split().equals(split))));
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

    private static double[] score(AnswerScorer scorer, List<GradedAnswer> answers, List<Double> millis) {
        Map<List<String>, QuestionVersion> questions = new HashMap<>();
        double[] scores = new double[answers.size()];
        for (int i = 0; i < answers.size(); i++) {
            GradedAnswer answer = answers.get(i);
            QuestionVersion question = questions.computeIfAbsent(answer.questionKey(), key -> {
                QuestionVersion version = questionVersion(answer);
                scorer.prepare(version);
                return version;
            });
            long start = System.nanoTime();
            scores[i] = scorer.score(answer.answer(), question).score();
            millis.add((System.nanoTime() - start) / 1e6);
            if ((i + 1) % 2000 == 0) {
                System.err.printf(Locale.ROOT, "%s: %d of %d answers scored%n", scorer.getClass().getSimpleName(),
                        i + 1, answers.size());
            }
        }
        return scores;
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

    private static double threshold(List<GradedAnswer> answers, double[] scores, Predicate<GradedAnswer> train) {
        int[] rows = rows(answers, train);
        if (rows.length == 0) {
            return Double.NaN;
        }
        return Agreement.bestThreshold(pick(scores, rows), correct(answers, rows));
    }

    private static String row(String scorer, String corpus, String split, List<GradedAnswer> answers,
                              double[] scores, double threshold, Predicate<GradedAnswer> selected) {
        int[] rows = rows(answers, selected);
        double[] picked = pick(scores, rows);
        boolean[] correct = correct(answers, rows);
        long correctCount = 0;
        for (boolean c : correct) {
            correctCount += c ? 1 : 0;
        }
        boolean graded = Arrays.stream(rows).allMatch(i -> answers.get(i).grade() != null);
        double[] grades = graded ? Arrays.stream(rows).mapToDouble(i -> answers.get(i).grade()).toArray() : null;
        return String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %s | %s | %s | %s | %s |", scorer, corpus,
                split, rows.length, correctCount, figure(Agreement.rocAuc(picked, correct)),
                Double.isNaN(threshold) ? "-" : figure(Agreement.accuracy(picked, correct, threshold)),
                Double.isNaN(threshold) ? "-" : figure(Agreement.macroF1(picked, correct, threshold)),
                graded ? figure(Agreement.pearson(picked, grades)) : "-",
                graded ? figure(Agreement.spearman(picked, grades)) : "-");
    }

    private static String figure(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static int[] rows(List<GradedAnswer> answers, Predicate<GradedAnswer> selected) {
        return java.util.stream.IntStream.range(0, answers.size()).filter(i -> selected.test(answers.get(i)))
                .toArray();
    }

    private static double[] pick(double[] scores, int[] rows) {
        return Arrays.stream(rows).mapToDouble(i -> scores[i]).toArray();
    }

    private static boolean[] correct(List<GradedAnswer> answers, int[] rows) {
        boolean[] correct = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            correct[i] = answers.get(rows[i]).correct();
        }
        return correct;
    }

    // Train first, then the other splits in alphabetical order.
    private static List<String> distinct(List<GradedAnswer> answers, java.util.function.Function<GradedAnswer,
            String> key) {
        TreeMap<String, Boolean> values = new TreeMap<>((a, b) -> a.equals(b) ? 0
                : a.equals(TRAIN) ? -1 : b.equals(TRAIN) ? 1 : a.compareTo(b));
        answers.forEach(answer -> values.put(key.apply(answer), true));
        return List.copyOf(values.keySet());
    }

    static List<GradedAnswer> read(Path file) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = lines.readLine();
            if (header == null) {
                throw new IllegalArgumentException(file + " is empty");
            }
            Map<String, Integer> columns = new HashMap<>();
            String[] names = header.split("\t", -1);
            for (int i = 0; i < names.length; i++) {
                columns.put(names[i].strip().toLowerCase(Locale.ROOT), i);
            }
            Integer question = first(columns, "question");
            Integer references = first(columns, "reference_answers", "reference_answer", "reference");
            Integer answer = first(columns, "student_answer", "answer");
            if (question == null || references == null || answer == null) {
                throw new IllegalArgumentException(file + " needs the columns question, reference_answers and "
                        + "student_answer; it has " + String.join(", ", names));
            }
            Integer corpus = first(columns, "corpus");
            Integer split = first(columns, "split");
            Integer label = first(columns, "label_2way", "label_3way", "label");
            Integer grade = first(columns, "grade", "score", "score_avg");
            if (label == null && grade == null) {
                throw new IllegalArgumentException(file + " has neither a label nor a grade column");
            }
            String corpusName = file.getFileName().toString().replaceFirst("\\.tsv$", "");
            List<String[]> rows = new ArrayList<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            double highest = grade == null ? Double.NaN
                    : rows.stream().mapToDouble(row -> Double.parseDouble(row[grade])).max().orElse(Double.NaN);
            List<GradedAnswer> answers = new ArrayList<>();
            for (String[] row : rows) {
                Double value = grade == null ? null : Double.parseDouble(row[grade]);
                boolean correct = label != null ? row[label].strip().equalsIgnoreCase("correct")
                        : value >= highest / 2;
                answers.add(new GradedAnswer(corpus == null ? corpusName : row[corpus],
                        split == null ? "all" : row[split], row[question],
                        Arrays.stream(row[references].split(" \\|\\| ")).map(String::strip)
                                .filter(text -> !text.isEmpty()).toList(),
                        row[answer], correct, value));
            }
            return answers;
        }
    }

    private static Integer first(Map<String, Integer> columns, String... names) {
        for (String name : names) {
            if (columns.containsKey(name)) {
                return columns.get(name);
            }
        }
        return null;
    }

    record GradedAnswer(String corpus, String split, String question, List<String> references, String answer,
                        boolean correct, Double grade) {
        List<String> questionKey() {
            List<String> key = new ArrayList<>();
            key.add(question);
            key.addAll(references);
            return key;
        }
    }
}
